package dev.backstride.web;

import dev.backstride.web.FirstRun.Progress;
import dev.backstride.web.FirstRun.Safety;
import dev.backstride.web.FirstRun.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FirstRunTests {

	@ParameterizedTest(name = "profile {0}, safety {1}, risk {2}, function {3}, checked in {4} → {5} at {6}")
	@CsvSource(textBlock = """
			false, NOT_ANSWERED,    false, false, false, At,       PROFILE
			false, CLEARED,         true,  true,  true,  At,       PROFILE
			true,  NOT_ANSWERED,    false, false, false, At,       SAFETY
			true,  PAUSED,          false, false, false, Waiting,  SAFETY
			true,  NEEDS_CLEARANCE, false, false, false, At,       CLEARANCE
			true,  CLEARED,         false, false, false, At,       QUESTIONNAIRES
			true,  CLEARED,         true,  false, false, At,       QUESTIONNAIRES
			true,  CLEARED,         false, true,  false, At,       QUESTIONNAIRES
			true,  CLEARED,         true,  true,  false, At,       CHECK_IN
			true,  CLEARED,         true,  true,  true,  Finished, -
			""")
	void theStepFollowsFromTheRunnersData(boolean profile, Safety safety, boolean risk, boolean function,
			boolean checkedIn, String kind, String step) {
		Progress progress = new FirstRun(profile, safety, risk, function, checkedIn).progress();
		switch (progress) {
			case Progress.At at -> {
				assertThat(kind).isEqualTo("At");
				assertThat(at.step()).isEqualTo(Step.valueOf(step));
			}
			case Progress.WaitingForClinician waiting -> {
				assertThat(kind).isEqualTo("Waiting");
				assertThat(waiting.step()).isEqualTo(Step.valueOf(step));
			}
			case Progress.Finished finished -> assertThat(kind).isEqualTo("Finished");
		}
	}

	@Test
	void theQuestionnaireStepLeadsToTheOneStillUnanswered() {
		assertThat(new FirstRun(true, Safety.CLEARED, false, false, false).href(Step.QUESTIONNAIRES))
			.isEqualTo("/questionnaires/risk");
		assertThat(new FirstRun(true, Safety.CLEARED, true, false, false).href(Step.QUESTIONNAIRES))
			.isEqualTo("/questionnaires/function");
	}

	@Test
	void everyStepSaysWhereItStandsWhyAndWhatComesNext() {
		assertThat(Step.SAFETY.position()).isEqualTo("Step 3 of 6");
		for (Step step : Step.values()) {
			assertThat(step.why()).endsWith(".");
			assertThat(step.next()).endsWith(".");
		}
	}

}
