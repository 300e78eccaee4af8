package dev.backstride.screening;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FunctionScoreTests {

	/** "1 2 - 3": a dash for an unanswered section. */
	private static FunctionAnswers answers(String sections) {
		List<Integer> values = Arrays.stream(sections.trim().split(" "))
			.map((s) -> s.equals("-") ? null : Integer.valueOf(s))
			.toList();
		return new FunctionAnswers(Arrays.asList(values.toArray(Integer[]::new)));
	}

	@ParameterizedTest(name = "{0} -> {1}% {2}")
	@CsvSource({
			"0 0 0 0 0 0 0 0 0 0, 0.0, MINIMAL",
			"1 1 1 1 1 1 1 1 1 1, 20.0, MINIMAL",
			"2 1 1 1 1 1 1 1 1 1, 22.0, MODERATE",
			"2 2 2 2 2 2 2 2 2 2, 40.0, MODERATE",
			"3 2 2 2 2 2 2 2 2 2, 42.0, SEVERE",
			"3 3 3 3 3 3 3 3 3 3, 60.0, SEVERE",
			"4 3 3 3 3 3 3 3 3 3, 62.0, VERY_SEVERE",
			"4 4 4 4 4 4 4 4 4 4, 80.0, VERY_SEVERE",
			"5 4 4 4 4 4 4 4 4 4, 82.0, EXTREME",
			"5 5 5 5 5 5 5 5 5 5, 100.0, EXTREME",
			"1 1 1 1 1 1 1 - 1 1, 20.0, MINIMAL",
			"2 1 1 1 1 1 1 - 1 1, 22.2, MODERATE",
			"1 1 1 1 0 0 0 - 0 0, 8.9, MINIMAL",
			"1 1 1 1 1 0 0 - 0 0, 11.1, MINIMAL",
			"1 1 1 1 1 1 1 - - 1, 20.0, MINIMAL",
			"5 5 5 5 5 5 5 - - 5, 100.0, EXTREME" })
	void scoresPercentOverAnsweredSectionsToOneDecimalHalfUp(String sections, String percent, FunctionBand band) {
		FunctionScore score = FunctionScore.score(answers(sections));
		assertThat(score.percent()).isEqualTo(new BigDecimal(percent));
		assertThat(score.band()).isEqualTo(band);
	}

	@ParameterizedTest(name = "{0}% is {1}")
	@CsvSource({ "0.0, MINIMAL", "20.0, MINIMAL", "20.1, MODERATE", "40.0, MODERATE", "40.1, SEVERE",
			"60.0, SEVERE", "60.1, VERY_SEVERE", "80.0, VERY_SEVERE", "80.1, EXTREME", "100.0, EXTREME" })
	void bandsEveryEdgeInclusiveAtTheTop(String percent, FunctionBand band) {
		assertThat(FunctionBand.of(new BigDecimal(percent))).isEqualTo(band);
	}

	@ParameterizedTest(name = "{0}% is refused")
	@CsvSource({ "-0.1", "100.1" })
	void refusesPercentOutside0To100(String percent) {
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionBand.of(new BigDecimal(percent)));
	}

	@ParameterizedTest(name = "{0} answered sections accepted: {1}")
	@CsvSource({ "0 0 0 0 0 0 0 - - -, false", "0 0 0 0 0 0 0 0 - -, true", "- - - - - - - - - -, false",
			"0 0 0 0 0 0 0 0 0 -, true" })
	void requiresAtLeastEightAnsweredSections(String sections, boolean accepted) {
		if (accepted) {
			assertThat(answers(sections).answered()).isGreaterThanOrEqualTo(8);
		}
		else {
			assertThatIllegalArgumentException().isThrownBy(() -> answers(sections))
				.withMessageContaining("at least 8 of the 10 sections");
		}
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', value = { "6 0 0 0 0 0 0 0 0 0 | section 1 must be 0-5: 6",
			"0 0 0 -1 0 0 0 0 0 0 | section 4 must be 0-5: -1", "0 0 0 0 0 0 0 0 0 | 10 sections, got 9",
			"0 0 0 0 0 0 0 0 0 0 0 | 10 sections, got 11" })
	void refusesInvalidValues(String sections, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> answers(sections)).withMessageContaining(message);
	}

}
