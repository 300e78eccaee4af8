package dev.backstride.insight;

import java.util.List;

import dev.backstride.account.Units;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import dev.backstride.checkin.TodaysCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static dev.backstride.insight.LoadTestData.TODAY;
import static dev.backstride.insight.LoadTestData.runs;
import static org.assertj.core.api.Assertions.assertThat;

class FinalCallTests {

	private static final TodaysCall GO = new TodaysCall.Go(List.of("PM-RULE"), List.of("Pain fine."));

	private static final TodaysCall MODIFY = new TodaysCall.Modify(List.of("PM-RULE"), List.of("Pain moderate."));

	private static final TodaysCall STOP = new TodaysCall.Stop(List.of("PM-RULE"), List.of("Pain high."));

	/** Steady 10 km weeks, then {@code last7} metres in the last 7 days. */
	private static TrainingLoad load(long last7) {
		return runs().daysAgo(27, 10000).daysAgo(20, 10000).daysAgo(13, 10000).daysAgo(3, last7).load();
	}

	private static String kind(TodaysCall call) {
		return call.getClass().getSimpleName();
	}

	@ParameterizedTest(name = "pain call {0}, last 7 days {1} m -> {2} with {3}")
	@CsvSource({ "Go, 10000, Go, PM-RULE", "Go, 13000, Go, PM-RULE", "Go, 13010, Modify, PM-RULE L-WEEK",
			"Go, 40000, Modify, PM-RULE L-ACWR L-WEEK", "Modify, 10000, Modify, PM-RULE L-TERRAIN",
			"Modify, 40000, Modify, PM-RULE L-ACWR L-WEEK L-TERRAIN", "Stop, 13010, Stop, PM-RULE L-WEEK L-TERRAIN" })
	void theMostSevereWinsAndEveryReasonIsListed(String pain, long last7, String expected, String ids) {
		TodaysCall painCall = switch (pain) {
			case "Go" -> GO;
			case "Modify" -> MODIFY;
			default -> STOP;
		};
		FinalCall call = FinalCall.compose(painCall, load(last7), List.of(), Units.KM);
		assertThat(kind(call.call())).isEqualTo(expected);
		assertThat(call.call().ruleIds()).containsExactly(ids.split(" "));
		assertThat(call.findings()).map(Finding::ruleId).containsAll(List.of(ids.split(" ")));
		assertThat(call.call().reasons()).hasSameSizeAs(call.findings()).contains(painCall.reasons().get(0));
	}

	@Test
	void aCautionLeavesAGoAGo() {
		// 26 km in the last 7 days after 20 km in the 7 before: exactly +30%, no L-WEEK; ratio 26 / (46 / 4) = 2.26.
		FinalCall call = FinalCall.compose(GO, runs().daysAgo(10, 20000).daysAgo(1, 26000).load(), List.of(), Units.KM);
		assertThat(call.call()).isInstanceOf(TodaysCall.Go.class);
		assertThat(call.call().ruleIds()).containsExactly("PM-RULE", "L-ACWR");
		assertThat(call.call().reasons()).hasSize(2).last().asString().contains("2.26 times");
		FinalCall calm = FinalCall.compose(GO,
				runs().daysAgo(20, 20000).daysAgo(10, 10000).daysAgo(1, 10000).load(), List.of(), Units.KM);
		assertThat(calm.call()).isInstanceOf(TodaysCall.Go.class);
		assertThat(calm.loadFindings()).isEmpty();
	}

	@Test
	void aPausedCallStaysPausedWithoutRunningAdvice() {
		TodaysCall paused = new TodaysCall.Paused(List.of("RF-SEE", "RF-CANCER"), List.of("See a clinician."));
		FinalCall call = FinalCall.compose(paused, load(40000), List.of(), Units.KM);
		assertThat(call.call()).isSameAs(paused);
		assertThat(call.loadFindings()).isEmpty();
		assertThat(call.findings()).containsExactly(new Finding(Severity.STOP, "RF-SEE", "See a clinician."));
	}

	@Test
	void aReturnAfterAStopModifiesAGo() {
		var stop = aCheckIn().on(TODAY.minusDays(5)).withPain(3, 7).build();
		var step = aCheckIn().on(TODAY.minusDays(1)).withPain(1, 2).withRun(2).nextMorning(dev.backstride.checkin.NextMorning.SAME).build();
		FinalCall call = FinalCall.compose(GO, runs().load(), List.of(stop, step), Units.KM);
		assertThat(call.call()).isInstanceOf(TodaysCall.Modify.class);
		assertThat(call.call().ruleIds()).containsExactly("PM-RULE", "L-RETURN", "L-TERRAIN");
		assertThat(call.call().reasons()).anyMatch((r) -> r.contains("step 2 of 6"));
	}

}
