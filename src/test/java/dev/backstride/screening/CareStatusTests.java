package dev.backstride.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.backstride.screening.RunnerProfile.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CareStatusTests {

	private static final Instant DAY1 = Instant.parse("2026-03-01T08:00:00Z");

	private static final Instant DAY2 = Instant.parse("2026-03-02T08:00:00Z");

	private static final Instant DAY3 = Instant.parse("2026-03-03T08:00:00Z");

	private static RedFlagScreening screening(Instant at, RedFlagItem... yes) {
		return RedFlagScreening.screen(RedFlagAnswers.allNo().withYes(yes), RunnerProfile.of(30, Sex.MALE), at);
	}

	@Test
	void isNotScreenedWithoutAnyScreening() {
		assertThat(CareStatus.decide(List.of(), Optional.empty(), true)).isInstanceOf(CareStatus.NotScreened.class);
	}

	@ParameterizedTest(name = "clearance confirmed {0} gives {1}")
	@CsvSource({ "false, NeedsClearance", "true, Active" })
	void needsClearanceBeforeTheProgramBecomesActive(boolean cleared, String status) {
		CareStatus result = CareStatus.decide(List.of(screening(DAY1)), Optional.empty(), cleared);
		assertThat(result.getClass().getSimpleName()).isEqualTo(status);
	}

	@Test
	void pausesAnEmergencyUntilAClinicianAssessedTheRunner() {
		CareStatus result = CareStatus.decide(List.of(screening(DAY1, RedFlagItem.CES_SADDLE)), Optional.empty(), true);
		assertThat(result).isInstanceOfSatisfying(CareStatus.Paused.class, (paused) -> {
			assertThat(paused.level()).isEqualTo(TriageLevel.EMERGENCY);
			assertThat(paused.ruleIds()).containsExactly("RF-CES");
			assertThat(paused.reason()).contains("urgent medical care").doesNotContain("RF-");
		});
	}

	@Test
	void keepsAnEmergencyPausedAfterALaterScreeningWithNoFlags() {
		CareStatus result = CareStatus.decide(List.of(screening(DAY2), screening(DAY1, RedFlagItem.CES_BLADDER)),
				Optional.empty(), true);
		assertThat(result).isInstanceOf(CareStatus.Paused.class);
	}

	@Test
	void keepsAnEmergencyPausedWhenTheClinicianAssessmentCameBeforeIt() {
		CareStatus result = CareStatus.decide(List.of(screening(DAY2, RedFlagItem.CES_BLADDER)), Optional.of(DAY1),
				true);
		assertThat(result).isInstanceOf(CareStatus.Paused.class);
	}

	@Test
	void keepsAnEmergencyPausedWhenTheClinicianAssessmentHasTheSameTime() {
		CareStatus result = CareStatus.decide(List.of(screening(DAY2, RedFlagItem.CES_BLADDER)), Optional.of(DAY2),
				true);
		assertThat(result).isInstanceOf(CareStatus.Paused.class);
	}

	@ParameterizedTest(name = "cleared {0} gives {1} once assessed")
	@CsvSource({ "false, NeedsClearance", "true, Active" })
	void liftsAnEmergencyOnceAClinicianAssessedTheRunnerAfterIt(boolean cleared, String status) {
		CareStatus result = CareStatus.decide(List.of(screening(DAY1, RedFlagItem.CES_BLADDER)), Optional.of(DAY2),
				cleared);
		assertThat(result.getClass().getSimpleName()).isEqualTo(status);
	}

	@Test
	void pausesASeeClinicianFlagUntilAssessedEvenAfterAScreeningWithNoFlags() {
		List<RedFlagScreening> history = List.of(screening(DAY1, RedFlagItem.NERVE_ONE_LEG), screening(DAY2));
		assertThat(CareStatus.decide(history, Optional.empty(), true))
			.isInstanceOfSatisfying(CareStatus.Paused.class, (paused) -> {
				assertThat(paused.level()).isEqualTo(TriageLevel.SEE_CLINICIAN);
				assertThat(paused.ruleIds()).containsExactly("RF-SEE", "RF-NERVE");
			});
		assertThat(CareStatus.decide(history, Optional.of(DAY2), true)).isInstanceOf(CareStatus.Active.class);
	}

	@Test
	void combinesEveryOpenFlagAndTakesTheMostUrgentLevel() {
		List<RedFlagScreening> history = List.of(screening(DAY1, RedFlagItem.CES_BOWEL),
				screening(DAY3, RedFlagItem.CANCER_HISTORY));
		assertThat(CareStatus.decide(history, Optional.empty(), true))
			.isInstanceOfSatisfying(CareStatus.Paused.class, (paused) -> {
				assertThat(paused.level()).isEqualTo(TriageLevel.EMERGENCY);
				assertThat(paused.ruleIds()).containsExactly("RF-CES", "RF-SEE", "RF-CANCER");
			});
		assertThat(CareStatus.decide(history, Optional.of(DAY2), true))
			.isInstanceOfSatisfying(CareStatus.Paused.class,
					(paused) -> assertThat(paused.level()).isEqualTo(TriageLevel.SEE_CLINICIAN));
	}

}
