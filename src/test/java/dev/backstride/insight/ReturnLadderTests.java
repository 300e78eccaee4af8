package dev.backstride.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static dev.backstride.insight.LoadTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class ReturnLadderTests {

	/** A stop 20 days ago, then one step-run check-in per letter: B better, S same, L slightly worse, U unknown. */
	private static List<CheckIn> afterStop(String mornings) {
		List<CheckIn> checkIns = new ArrayList<>();
		checkIns.add(aCheckIn().on(TODAY.minusDays(20)).withPain(3, 7).build());
		for (int i = 0; i < mornings.length(); i++) {
			var checkIn = aCheckIn().on(TODAY.minusDays(19 - i)).withPain(1, 2).withRun(2);
			switch (mornings.charAt(i)) {
				case 'B' -> checkIn.nextMorning(NextMorning.BETTER);
				case 'S' -> checkIn.nextMorning(NextMorning.SAME);
				case 'L' -> checkIn.nextMorning(NextMorning.SLIGHTLY_WORSE);
				case 'W' -> checkIn.nextMorning(NextMorning.WORSE);
				default -> {
				}
			}
			checkIns.add(checkIn.build());
		}
		return checkIns;
	}

	@ParameterizedTest(name = "mornings \"{0}\" after a stop -> step {1}")
	@CsvSource({ "'', 1", "B, 2", "S, 2", "L, 1", "U, 1", "BS, 3", "BSL, 2", "BSLL, 1", "BSLLL, 1", "BBU, 3",
			"BBBBB, 6", "BBBBBB, 0", "BBBBBL, 5", "BBBW, 1", "BBBWB, 2" })
	void eachStepIsGatedByTheNextMorning(String mornings, int step) {
		assertThat(ReturnLadder.step(afterStop(mornings))).isEqualTo(step == 0 ? Optional.empty() : Optional.of(step));
	}

	@Test
	void saysNothingWithoutAStop() {
		assertThat(ReturnLadder.step(List.of(aCheckIn().withPain(1, 2).build()))).isEmpty();
		assertThat(ReturnLadder.advise(Severity.GO, List.of())).isEmpty();
	}

	@Test
	void aStepReplacesTheNormalRun() {
		Finding finding = ReturnLadder.advise(Severity.GO, afterStop("BS")).orElseThrow();
		assertThat(finding.ruleId()).isEqualTo("L-RETURN");
		assertThat(finding.severity()).isEqualTo(Severity.MODIFY);
		assertThat(finding.reason()).isEqualTo("You are coming back after a stop: today is step 3 of 6, 6 rounds of"
				+ " 3 minutes walking and 2 minutes easy running. If the next morning feels the same or better, move up a"
				+ " step; if it feels worse, go back one.");
	}

	@Test
	void whileStoppedItOnlyTellsHowTheReturnStarts() {
		Finding finding = ReturnLadder.advise(Severity.STOP, afterStop("")).orElseThrow();
		assertThat(finding.severity()).isEqualTo(Severity.GO);
		assertThat(finding.reason()).contains("a brisk 30-minute walk");
	}

	@Test
	void theLadderHasSixStepsInPlainWords() {
		assertThat(ReturnLadder.STEPS).hasSize(6).allSatisfy((s) -> assertThat(s).doesNotContain("L-"));
	}

}
