package dev.backstride.insight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.insight.LoadTestData.TODAY;
import static dev.backstride.insight.LoadTestData.runs;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingLoadTests {

	@ParameterizedTest(name = "{0} m in the last 7 days of {1} m in 28 -> ratio {2}, band {3}, caution {4}")
	@CsvSource({ "8000, 40000, 0.80, USUAL, false", "7999, 40000, 0.80, BELOW_USUAL, false",
			"13000, 40000, 1.30, USUAL, false", "13001, 40000, 1.30, ABOVE_USUAL, false",
			"15000, 40000, 1.50, ABOVE_USUAL, false", "15001, 40000, 1.50, FLAGGED, true",
			"15100, 40000, 1.51, FLAGGED, true", "40000, 40000, 4.00, FLAGGED, true", "0, 40000, 0.00, BELOW_USUAL, false" })
	void computesTheRatioOfTheLastSevenDaysToTheAverageWeek(long acute, long total, String ratio, Acwr.Band band,
			boolean caution) {
		TrainingLoad load = runs().daysAgo(0, acute).daysAgo(20, total - acute).load();
		Acwr acwr = load.acwr().orElseThrow();
		assertThat(acwr.ratio()).hasToString(ratio);
		assertThat(acwr.aboveCaution()).isEqualTo(caution);
		assertThat(acwr.band()).isEqualTo(band);
	}

	@ParameterizedTest(name = "{0} m over 28 days (chronic {0}/4) -> computed {1}")
	@CsvSource({ "39960, false", "39999, false", "40000, true", "0, false" })
	void computesNoRatioWhileTheChronicLoadIsUnderTenKilometresAWeek(long total, boolean computed) {
		TrainingLoad load = runs().daysAgo(1, total / 2).daysAgo(15, total - total / 2).load();
		assertThat(load.acwr().isPresent()).as("9.99 km a week is 39,960 m in 28 days").isEqualTo(computed);
	}

	@ParameterizedTest(name = "run {0} days ago counts in the last 7: {1}, the 7 before: {2}, the 28: {3}")
	@CsvSource({ "0, true, false, true", "6, true, false, true", "7, false, true, true", "13, false, true, true",
			"14, false, false, true", "27, false, false, true", "28, false, false, false", "-1, false, false, false" })
	void windowsEndTodayAndIncludeIt(int daysAgo, boolean last7, boolean previous7, boolean last28) {
		TrainingLoad load = runs().daysAgo(daysAgo, 1000).load();
		assertThat(load.lastSevenDaysMeters()).isEqualTo(last7 ? 1000 : 0);
		assertThat(load.previousSevenDaysMeters()).isEqualTo(previous7 ? 1000 : 0);
		assertThat(load.lastTwentyEightDaysMeters()).isEqualTo(last28 ? 1000 : 0);
	}

	@ParameterizedTest(name = "{1} m after {0} m -> jumped {2}")
	@CsvSource({ "10000, 13000, false", "10000, 13010, true", "10000, 13001, true", "10000, 12999, false",
			"10000, 10000, false", "10000, 0, false", "0, 0, false", "0, 1, true", "20000, 26000, false",
			"20000, 26020, true" })
	void flagsAWeekOverThirtyPercentAboveThePrevious(long previous, long current, boolean jumped) {
		TrainingLoad load = runs().daysAgo(10, previous).daysAgo(2, current).load();
		assertThat(load.weekJumped()).isEqualTo(jumped);
	}

	@Test
	void groupsDistancesByIsoWeekStartingOnMonday() {
		// TODAY is Wednesday 2 December 2026: the current week starts on Monday 30 November.
		TrainingLoad load = runs().daysAgo(0, 1000) // Wed 2 Dec
			.daysAgo(2, 2000) // Mon 30 Nov
			.daysAgo(3, 4000) // Sun 29 Nov: the week before
			.daysAgo(9, 8000) // Mon 23 Nov
			.daysAgo(10, 16000) // Sun 22 Nov: three weeks back, outside 2 weeks
			.daysAgo(-1, 32000) // tomorrow: not counted
			.load();
		List<WeekDistance> weeks = load.weeks(2);
		assertThat(weeks).containsExactly(new WeekDistance(LocalDate.of(2026, 11, 23), 12000),
				new WeekDistance(LocalDate.of(2026, 11, 30), 3000));
		assertThat(weeks.get(0).km()).isEqualTo(12.0);
		assertThat(load.weeks(3).get(0)).isEqualTo(new WeekDistance(LocalDate.of(2026, 11, 16), 16000));
	}

	@Test
	void weekStartIsTheMondayOnOrBefore() {
		assertThat(TrainingLoad.weekStart(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(TrainingLoad.weekStart(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(TrainingLoad.weekStart(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28));
	}

}
