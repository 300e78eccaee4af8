package dev.backstride.insight;

import java.util.List;

import dev.backstride.account.Units;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.insight.LoadTestData.runs;
import static org.assertj.core.api.Assertions.assertThat;

class LoadRulesTests {

	@ParameterizedTest(name = "{0} m of {1} m -> caution {2}")
	@CsvSource({ "8000, 40000, false", "13000, 40000, false", "15000, 40000, false", "15100, 40000, true",
			"15100, 39960, false" })
	void cautionsOnlyAboveOnePointFiveAndOnlyWhenTheChronicLoadIsEnough(long acute, long total, boolean caution) {
		List<Finding> findings = LoadRules.assess(runs().daysAgo(0, acute).daysAgo(20, total - acute).load(), Units.KM);
		assertThat(findings.stream().anyMatch((f) -> f.ruleId().equals("L-ACWR"))).isEqualTo(caution);
		findings.stream().filter((f) -> f.ruleId().equals("L-ACWR")).forEach((f) -> {
			assertThat(f.severity()).as("a caution leaves the call as it is").isEqualTo(Severity.GO);
			assertThat(f.reason()).isEqualTo("In the last 7 days you ran 15.1 km, 1.51 times your average week of the"
					+ " last four (10 km). A rise that steep deserves care: keep today's run easy and don't add more.");
		});
	}

	@ParameterizedTest(name = "{1} m after {0} m -> L-WEEK {2}")
	@CsvSource({ "10000, 13000, false", "10000, 13010, true", "0, 3000, true", "0, 0, false" })
	void aWeekOverThirtyPercentUpMakesTheCallAtLeastModify(long previous, long current, boolean fired) {
		List<Finding> findings = LoadRules.assess(runs().daysAgo(10, previous).daysAgo(2, current).load(), Units.KM);
		List<Finding> week = findings.stream().filter((f) -> f.ruleId().equals("L-WEEK")).toList();
		assertThat(week).hasSize(fired ? 1 : 0);
		week.forEach((f) -> {
			assertThat(f.severity()).isEqualTo(Severity.MODIFY);
			assertThat(f.reason()).contains("Hold this week's distance").doesNotContain("L-WEEK");
		});
	}

	@Test
	void namesBothWeeksInTheReason() {
		Finding week = LoadRules.assess(runs().daysAgo(10, 10000).daysAgo(2, 13010).load(), Units.KM).get(0);
		assertThat(week.reason()).startsWith(
				"You ran 13 km in the last 7 days, over 30% more than the 10 km of the 7 days before. Hold this week's");
	}

	@Test
	void saysSoWhenTheWeekBeforeHadNoRunning() {
		Finding week = LoadRules.assess(runs().daysAgo(2, 5000).load(), Units.KM).get(0);
		assertThat(week.reason()).startsWith("You ran 5 km in the last 7 days, after a week without running.");
	}

	@Test
	void speaksInMilesToARunnerWhoReadsMiles() {
		Finding week = LoadRules.assess(runs().daysAgo(10, 10000).daysAgo(2, 13010).load(), Units.MILES).get(0);
		assertThat(week.reason()).startsWith(
				"You ran 8.1 mi in the last 7 days, over 30% more than the 6.2 mi of the 7 days before.");
		Finding caution = LoadRules.assess(runs().daysAgo(0, 15100).daysAgo(20, 40000 - 15100).load(), Units.MILES).get(0);
		assertThat(caution.reason()).startsWith("In the last 7 days you ran 9.4 mi, 1.51 times your average week of the"
				+ " last four (6.2 mi).");
	}

}
