package dev.backstride.screening;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedFlagAnswersTests {

	private static Map<String, Boolean> allNo() {
		return new HashMap<>(RedFlagAnswers.allNo().answers());
	}

	@ParameterizedTest
	@EnumSource(RedFlagItem.class)
	void refusesAnswersWithOneItemMissingAndNamesIt(RedFlagItem item) {
		Map<String, Boolean> answers = allNo();
		answers.remove(item.id());
		assertThatIllegalArgumentException().isThrownBy(() -> new RedFlagAnswers(answers))
			.withMessageContaining("missing: " + item.id());
	}

	@Test
	void refusesAnUnknownItemIdAndNamesIt() {
		Map<String, Boolean> answers = allNo();
		answers.put("ces.bladdr", true);
		assertThatIllegalArgumentException().isThrownBy(() -> new RedFlagAnswers(answers))
			.withMessageContaining("unknown ids: ces.bladdr");
	}

	@Test
	void refusesAnItemWithoutAYesOrNo() {
		Map<String, Boolean> answers = allNo();
		answers.put("nerve.one_leg", null);
		assertThatIllegalArgumentException().isThrownBy(() -> new RedFlagAnswers(answers))
			.withMessageContaining("missing: nerve.one_leg");
	}

	@Test
	void refusesAnEmptySetNamingAllTwentyItems() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RedFlagAnswers(Map.of()))
			.withMessageContaining("ces.bladder")
			.withMessageContaining("persist.six_weeks");
	}

	@Test
	void acceptsAllTwentyAnswers() {
		assertThat(RedFlagAnswers.allNo().withYes(RedFlagItem.CES_SEXUAL).yes(RedFlagItem.CES_SEXUAL)).isTrue();
		assertThat(RedFlagAnswers.allNo().byItem()).hasSize(20);
	}

}
