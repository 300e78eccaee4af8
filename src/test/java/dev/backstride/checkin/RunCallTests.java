package dev.backstride.checkin;

import java.util.List;
import java.util.Optional;

import dev.backstride.screening.CareStatus;
import dev.backstride.screening.TriageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.checkin.CheckInTestData.TODAY;
import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

class RunCallTests {

	private static final CareStatus ACTIVE = new CareStatus.Active();

	private static TodaysCall call(CheckIn checkIn) {
		return RunCall.decide(ACTIVE, Optional.of(checkIn), true, TODAY);
	}

	private static String kind(TodaysCall call) {
		return call.getClass().getSimpleName();
	}

	@ParameterizedTest(name = "pain during {0}, next morning {1} -> {2}")
	@CsvSource({
			"0, BETTER, Go", "3, BETTER, Go", "3, SAME, Go", "4, SAME, Modify", "4, BETTER, Modify", "5, SAME, Modify",
			"6, SAME, Stop", "6, BETTER, Stop", "10, BETTER, Stop",
			"0, SLIGHTLY_WORSE, Modify", "3, SLIGHTLY_WORSE, Modify", "5, SLIGHTLY_WORSE, Modify",
			"6, SLIGHTLY_WORSE, Stop",
			"0, WORSE, Stop", "3, WORSE, Stop", "4, WORSE, Stop", "6, WORSE, Stop" })
	void decidesFromPainDuringTheRunAndTheNextMorning(int painDuring, NextMorning morning, String expected) {
		TodaysCall call = call(aCheckIn().withPain(0, Math.min(painDuring, 5)).withRun(painDuring).nextMorning(morning).build());
		assertThat(kind(call)).isEqualTo(expected);
		assertThat(call.ruleIds()).containsExactly("PM-RULE");
		assertThat(call.reasons()).isNotEmpty().allSatisfy(RunCallTests::isAPlainSentence);
		assertThat(call.explained()).extracting(Reason::ruleId).containsOnly("PM-RULE");
	}

	@ParameterizedTest(name = "pain during {0} with stride change -> Stop")
	@CsvSource({ "0", "3", "5" })
	void stopsWhenRisingPainChangedTheStride(int painDuring) {
		TodaysCall call = call(aCheckIn().withRun(painDuring, true).nextMorning(NextMorning.BETTER).build());
		assertThat(call).isInstanceOf(TodaysCall.Stop.class);
		assertThat(call.reasons()).anyMatch((reason) -> reason.contains("changed the way you ran"));
	}

	@Test
	void namesThePainDuringTheRunAndTheLimitInTheReason() {
		TodaysCall call = call(aCheckIn().withRun(6).nextMorning(NextMorning.SAME).build());
		assertThat(call.reasons()).contains("Pain during your last run was 6/10, above the 5/10 limit.");
	}

	@Test
	void listsEveryFiredReasonWhileTheMostSevereWins() {
		TodaysCall call = call(aCheckIn().withPain(2, 4).withRun(4, true).nextMorning(NextMorning.SLIGHTLY_WORSE).build());
		assertThat(call).isInstanceOf(TodaysCall.Stop.class);
		assertThat(call.reasons()).hasSize(3);
	}

	@ParameterizedTest(name = "worst pain {0} without a run -> {1}")
	@CsvSource({ "0, Go", "3, Go", "4, Modify", "5, Modify", "6, Stop", "10, Stop" })
	void usesWorstPainOfTheLastDayWhenNoRunIsReported(int worst, String expected) {
		assertThat(kind(call(aCheckIn().withPain(0, worst).build()))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "worst pain {0} after a run at 2/10 -> {1}")
	@CsvSource({ "3, Go", "5, Go", "6, Stop" })
	void stopsOnWorstPainAboveFiveEvenWithAGoodRun(int worst, String expected) {
		assertThat(kind(call(aCheckIn().withPain(0, worst).withRun(2).nextMorning(NextMorning.SAME).build())))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "pain during {0}, no next-morning answer -> {1}")
	@CsvSource({ "0, Modify", "3, Modify", "5, Modify", "6, Stop" })
	void doesNotGoUntilTheNextMorningIsKnown(int painDuring, String expected) {
		assertThat(kind(call(aCheckIn().withRun(painDuring).build()))).isEqualTo(expected);
	}

	@Test
	void modifiesRatherThanGoesWithoutAnyCheckIn() {
		TodaysCall call = RunCall.decide(ACTIVE, Optional.empty(), false, TODAY);
		assertThat(call).isInstanceOf(TodaysCall.Modify.class);
		assertThat(call.reasons()).singleElement().asString().contains("No check-in yet");
	}

	@ParameterizedTest(name = "check-in {0} days old, pain during {1} -> {2}")
	@CsvSource({ "0, 2, Go", "1, 2, Go", "2, 2, Modify", "9, 2, Modify", "9, 8, Stop" })
	void keepsItEasyWhenTheLatestCheckInIsOlderThanYesterday(int daysOld, int painDuring, String expected) {
		CheckIn checkIn = aCheckIn().on(TODAY.minusDays(daysOld)).withRun(painDuring).nextMorning(NextMorning.SAME).build();
		assertThat(kind(call(checkIn))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "new symptoms, screened again since the check-in: {0} -> {1}")
	@CsvSource({ "false, Paused", "true, Go" })
	void pausesNewOrChangedSymptomsUntilScreenedAgain(boolean screenedSince, String expected) {
		CheckIn checkIn = aCheckIn().on(TODAY.minusDays(1)).withNewSymptoms().build();
		TodaysCall call = RunCall.decide(ACTIVE, Optional.of(checkIn), screenedSince, TODAY);
		assertThat(kind(call)).isEqualTo(expected);
		if (call instanceof TodaysCall.Paused) {
			assertThat(call.ruleIds()).containsExactly("RF-SCREEN");
		}
	}

	@Test
	void pausesWithTheScreeningRuleIdsWhenThePlanIsPaused() {
		CareStatus paused = new CareStatus.Paused(TriageLevel.EMERGENCY, List.of("RF-CES"), "Get care now (RF-CES).");
		TodaysCall call = RunCall.decide(paused, Optional.of(aCheckIn().build()), false, TODAY);
		assertThat(call).isEqualTo(new TodaysCall.Paused(List.of("RF-CES"), List.of("Get care now (RF-CES).")));
		assertThat(call.explained()).containsExactly(new Reason("RF-CES", "Get care now (RF-CES)."));
	}

	@ParameterizedTest(name = "{0} -> paused with {1}")
	@CsvSource({ "NotScreened, RF-SCREEN", "NeedsClearance, RF-CLEAR" })
	void pausesUntilScreeningAndClearanceAreDone(String statusName, String ruleId) {
		CareStatus status = statusName.equals("NotScreened") ? new CareStatus.NotScreened()
				: new CareStatus.NeedsClearance();
		TodaysCall call = RunCall.decide(status, Optional.of(aCheckIn().build()), false, TODAY);
		assertThat(call).isInstanceOf(TodaysCall.Paused.class);
		assertThat(call.ruleIds()).containsExactly(ruleId);
		assertThat(call.reasons()).singleElement().satisfies(RunCallTests::isAPlainSentence);
		assertThat(call.explained()).singleElement().extracting(Reason::ruleId).isEqualTo(ruleId);
	}

	/** What runners read: a sentence with a capital and a full stop, and no rule id inside it. */
	static void isAPlainSentence(String reason) {
		assertThat(reason).matches("[A-Z].*[.]").doesNotContainPattern("\\b[A-Z]{1,3}-[A-Z]{2,}");
	}

}
