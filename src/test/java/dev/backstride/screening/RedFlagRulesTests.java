package dev.backstride.screening;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.backstride.screening.RunnerProfile.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagRulesTests {

	private static final RedFlagAnswers NONE = RedFlagAnswers.allNo();

	static Stream<Arguments> eachItemAlone() {
		return Stream.of(Arguments.of("ces.bladder", TriageLevel.EMERGENCY, "RF-CES"),
				Arguments.of("ces.bowel", TriageLevel.EMERGENCY, "RF-CES"),
				Arguments.of("ces.saddle", TriageLevel.EMERGENCY, "RF-CES"),
				Arguments.of("ces.both_legs", TriageLevel.EMERGENCY, "RF-CES"),
				Arguments.of("ces.weakness_worsening", TriageLevel.EMERGENCY, "RF-CES"),
				Arguments.of("ces.sexual", TriageLevel.EMERGENCY, "RF-CES"),
				Arguments.of("fracture.trauma", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-FRACTURE"),
				Arguments.of("fracture.steroids", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-FRACTURE"),
				Arguments.of("fracture.osteoporosis", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-FRACTURE"),
				Arguments.of("cancer.history", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-CANCER"),
				Arguments.of("cancer.weight_loss", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-CANCER"),
				Arguments.of("cancer.constant_night_pain", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-CANCER"),
				Arguments.of("infection.fever", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-INFECTION"),
				Arguments.of("infection.recent", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-INFECTION"),
				Arguments.of("infection.immune", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-INFECTION"),
				Arguments.of("infection.drugs", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-INFECTION"),
				Arguments.of("inflam.morning_stiffness", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-INFLAM"),
				Arguments.of("nerve.one_leg", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-NERVE"),
				Arguments.of("young.worse_arching", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-YOUNG"),
				Arguments.of("persist.six_weeks", TriageLevel.SEE_CLINICIAN, "RF-SEE,RF-PERSIST"));
	}

	@ParameterizedTest(name = "{0} alone gives {1} {2}")
	@MethodSource("eachItemAlone")
	void firesItsRuleOnOneYesForARunnerAged15(String itemId, TriageLevel level, String ruleIds) {
		RedFlagItem item = RedFlagItem.byId(itemId).orElseThrow();
		TriageOutcome outcome = RedFlagRules.triage(NONE.withYes(item), RunnerProfile.of(15, Sex.FEMALE));
		assertThat(outcome.level()).isEqualTo(level);
		assertThat(outcome.ruleIds()).containsExactlyElementsOf(Arrays.asList(ruleIds.split(",")));
		assertThat(outcome.flags()).singleElement().satisfies((flag) -> {
			assertThat(flag.itemIds()).containsExactly(itemId);
			assertThat(flag.ruleId()).isEqualTo(item.ruleId());
			assertThat(flag.reason()).isNotBlank().endsWith(".").doesNotContain("RF-");
		});
	}

	@Test
	void coversExactlyTheTwentyItemsOfTheProtocol() {
		assertThat(eachItemAlone().map((a) -> (String) a.get()[0]))
			.containsExactlyElementsOf(Arrays.stream(RedFlagItem.values()).map(RedFlagItem::id).toList());
	}

	@Test
	void selfManagesWhenEveryAnswerIsNo() {
		TriageOutcome outcome = RedFlagRules.triage(NONE, RunnerProfile.unknown());
		assertThat(outcome).isInstanceOf(TriageOutcome.SelfManage.class);
		assertThat(outcome.ruleIds()).isEmpty();
		assertThat(outcome.context()).isEmpty();
	}

	@ParameterizedTest(name = "inflammatory pattern at age {0}: fires {1}")
	@CsvSource(nullValues = "unknown", value = { "19, true", "44, true", "45, false", "70, false", "unknown, true" })
	void firesInflammatoryPatternOnlyUnder45OrWhenAgeIsUnknown(Integer age, boolean fires) {
		TriageOutcome outcome = RedFlagRules.triage(NONE.withYes(RedFlagItem.INFLAM_MORNING_STIFFNESS),
				new RunnerProfile(age, Sex.MALE));
		assertThat(outcome.ruleIds().contains("RF-INFLAM")).isEqualTo(fires);
		assertThat(outcome.level()).isEqualTo(fires ? TriageLevel.SEE_CLINICIAN : TriageLevel.SELF_MANAGE);
	}

	@ParameterizedTest(name = "young runner rule at age {0}: fires {1}")
	@CsvSource(nullValues = "unknown", value = { "12, true", "19, true", "20, false", "44, false", "unknown, true" })
	void firesYoungRunnerRuleOnlyUnder20OrWhenAgeIsUnknown(Integer age, boolean fires) {
		TriageOutcome outcome = RedFlagRules.triage(NONE.withYes(RedFlagItem.YOUNG_WORSE_ARCHING),
				new RunnerProfile(age, Sex.FEMALE));
		assertThat(outcome.ruleIds().contains("RF-YOUNG")).isEqualTo(fires);
		assertThat(outcome.level()).isEqualTo(fires ? TriageLevel.SEE_CLINICIAN : TriageLevel.SELF_MANAGE);
	}

	@ParameterizedTest(name = "age {0}, {1}, other flag {2}: fracture context {3}")
	@CsvSource(nullValues = "unknown", value = { "65, MALE, true, false", "66, MALE, true, true",
			"75, FEMALE, true, false", "76, FEMALE, true, true", "70, FEMALE, true, false", "66, OTHER, true, true",
			"65, UNKNOWN, true, false", "66, UNKNOWN, true, true", "unknown, MALE, true, false",
			"90, MALE, false, false", "90, FEMALE, false, false" })
	void showsAgeAsFractureContextOnlyAlongsideAnotherFlag(Integer age, Sex sex, boolean otherFlag,
			boolean context) {
		RedFlagAnswers answers = otherFlag ? NONE.withYes(RedFlagItem.NERVE_ONE_LEG) : NONE;
		TriageOutcome outcome = RedFlagRules.triage(answers, new RunnerProfile(age, sex));
		assertThat(outcome.context().isEmpty()).isEqualTo(!context);
		assertThat(outcome.ruleIds()).doesNotContain("RF-FRACTURE");
		if (!otherFlag) {
			assertThat(outcome).isInstanceOf(TriageOutcome.SelfManage.class);
		}
	}

	@Test
	void showsFractureAgeContextWithAnEmergencyToo() {
		TriageOutcome outcome = RedFlagRules.triage(NONE.withYes(RedFlagItem.CES_SADDLE),
				RunnerProfile.of(80, Sex.MALE));
		assertThat(outcome.context()).singleElement().asString().contains("over 65").doesNotContain("RF-");
	}

	@Test
	void listsCaudaEquinaFirstThenTheCategoryThenEverySpecificRule() {
		TriageOutcome outcome = RedFlagRules.triage(NONE.withYes(RedFlagItem.PERSIST_SIX_WEEKS,
				RedFlagItem.NERVE_ONE_LEG, RedFlagItem.CES_BOWEL, RedFlagItem.FRACTURE_TRAUMA,
				RedFlagItem.FRACTURE_STEROIDS), RunnerProfile.of(50, Sex.MALE));
		assertThat(outcome).isInstanceOf(TriageOutcome.Emergency.class);
		assertThat(outcome.ruleIds()).containsExactly("RF-CES", "RF-SEE", "RF-FRACTURE", "RF-NERVE", "RF-PERSIST");
		assertThat(outcome.flags().get(1).itemIds()).containsExactly("fracture.trauma", "fracture.steroids");
	}

	@ParameterizedTest
	@EnumSource(RedFlagItem.class)
	void asksEveryItemAsOneShortQuestionUnderOneOfTheEightRules(RedFlagItem item) {
		assertThat(item.question()).endsWith("?").hasSizeLessThan(160);
		assertThat(List.of("RF-CES", "RF-FRACTURE", "RF-CANCER", "RF-INFECTION", "RF-INFLAM", "RF-NERVE", "RF-YOUNG",
				"RF-PERSIST")).contains(item.ruleId());
	}

	@Test
	void keepsEightRulesInOneList() {
		assertThat(RedFlagRules.RULES).hasSize(8);
	}

}
