package dev.backstride.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.insight.LoadTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class TerrainAdviceTests {

	@ParameterizedTest(name = "today {0} -> advice")
	@CsvSource({ "MODIFY, On a day to run shorter and easier", "STOP, When you run again" })
	void duringAFlarePrefersFlatRoadOrTreadmill(Severity today, String start) {
		Finding finding = TerrainAdvice.advise(TODAY, today, List.of()).orElseThrow();
		assertThat(finding.ruleId()).isEqualTo("L-TERRAIN");
		assertThat(finding.severity()).as("advice beside the call").isEqualTo(Severity.GO);
		assertThat(finding.reason()).startsWith(start).contains("flat road or a treadmill rather than trails");
	}

	@ParameterizedTest(name = "last flare {0} days ago, go since -> trails still held back: {1}")
	@CsvSource({ "1, true", "13, true", "14, true", "15, false", "40, false" })
	void trailsComeBackOnceTwoWeeksHavePassedAtGo(int daysAgo, boolean heldBack) {
		LocalDate flare = TODAY.minusDays(daysAgo);
		List<DayCall> history = List.of(new DayCall(flare.minusDays(3), Severity.STOP),
				new DayCall(flare, Severity.MODIFY), new DayCall(flare.plusDays(1), Severity.GO));
		Optional<Finding> advice = TerrainAdvice.advise(TODAY, Severity.GO, history);
		assertThat(advice.isPresent()).isEqualTo(heldBack);
		advice.ifPresent((f) -> assertThat(f.reason()).contains("trails can come back on "
				+ TerrainAdvice.DAY.format(flare.plusDays(15))));
	}

	@Test
	void doesNotTellARunnerWithoutACheckInThatTheirBackIsFlaring() {
		// no check-in yet makes today a modify (PROTOCOL PM-RULE) with nothing known about the back
		Finding finding = TerrainAdvice.advise(TODAY, Severity.MODIFY, List.of()).orElseThrow();
		assertThat(finding.reason()).doesNotContain("flaring").doesNotContain("flare");
	}

	@Test
	void saysNothingWithoutAFlare() {
		assertThat(TerrainAdvice.advise(TODAY, Severity.GO,
				List.of(new DayCall(TODAY.minusDays(2), Severity.GO), new DayCall(TODAY.minusDays(1), Severity.GO))))
			.isEmpty();
		assertThat(TerrainAdvice.advise(TODAY, Severity.GO, List.of())).isEmpty();
	}

	@Test
	void readsTheDateInWords() {
		Finding finding = TerrainAdvice
			.advise(TODAY, Severity.GO, List.of(new DayCall(LocalDate.of(2026, 11, 25), Severity.MODIFY)))
			.orElseThrow();
		assertThat(finding.reason()).isEqualTo("Your back flared on Wednesday 25 November. Keep to flat road or a"
				+ " treadmill for now; trails can come back on Thursday 10 December if it stays fine until then.");
	}

}
