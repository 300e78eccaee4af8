package dev.backstride.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.CheckIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static dev.backstride.insight.LoadTestData.TODAY;
import static dev.backstride.insight.LoadTestData.runs;
import static org.assertj.core.api.Assertions.assertThat;

/** The sentences that read the insights charts, and where numbers count as too few. */
class ReadingsTests {

	private static LoadTestData surfaceRuns(int trail, int trailPain, int road, int roadPain) {
		LoadTestData runs = runs();
		for (int i = 0; i < trail; i++) {
			runs.add(i, 5000, Surface.TRAIL, Optional.of(trailPain));
		}
		for (int i = 0; i < road; i++) {
			runs.add(i, 5000, Surface.ROAD, Optional.of(roadPain));
		}
		return runs;
	}

	@ParameterizedTest(name = "{0} values -> too few {1}")
	@CsvSource({ "0, true", "1, true", "4, true", "5, false", "30, false" })
	void fewerThanFiveValuesAreTooFew(int count, boolean tooFew) {
		assertThat(Evidence.tooFew(count)).isEqualTo(tooFew);
	}

	@Test
	void readsPainBySurfaceAsTheIssueAsks() {
		// 12 trail runs averaging 4.2 (7 at 5, 5 at 3 = 50 / 12 = 4.17), 30 road runs at 2.
		LoadTestData runs = surfaceRuns(7, 5, 30, 2);
		for (int i = 0; i < 5; i++) {
			runs.add(40 + i, 5000, Surface.TRAIL, Optional.of(3));
		}
		TerrainPain pain = TerrainPain.of(runs.list());
		assertThat(pain.reading())
			.isEqualTo("After trail runs your pain averaged 4.2, after road runs 2.0 (12 and 30 runs).");
	}

	@ParameterizedTest(name = "{0} trail runs beside 6 road runs -> {1}")
	@CsvSource(delimiter = '|', value = {
			"4|After road runs your pain averaged 2.0 (6 runs). Too few trail runs to say anything about them yet (4).",
			"5|After trail runs your pain averaged 5.0, after road runs 2.0 (5 and 6 runs)." })
	void aSurfaceWithFewerThanFiveRunsIsNamedAsTooFew(int trail, String reading) {
		TerrainPain pain = TerrainPain.of(surfaceRuns(trail, 5, 6, 2).list());
		assertThat(pain.reading()).isEqualTo(reading);
		assertThat(pain.groups()).filteredOn((g) -> g.surface() == Surface.TRAIL)
			.singleElement()
			.satisfies((g) -> assertThat(g.tooFew()).isEqualTo(trail < 5));
	}

	@Test
	void saysSoWhenNoSurfaceHasEnoughRuns() {
		assertThat(TerrainPain.of(surfaceRuns(2, 5, 2, 1).list()).reading())
			.isEqualTo("Only 4 runs with pain noted so far: too few to compare surfaces.");
		assertThat(TerrainPain.of(runs().daysAgo(1, 5000).list()).reading()).startsWith("No runs with pain noted yet");
	}

	private static List<CheckIn> painDays(int... worst) {
		List<CheckIn> checkIns = new ArrayList<>();
		for (int i = 0; i < worst.length; i++) {
			checkIns.add(aCheckIn().on(LocalDate.of(2026, 6, 1).plusDays(i)).withPain(0, worst[i]).build());
		}
		return checkIns;
	}

	@Test
	void marksEveryMeaningfulChangeOfPainFromTheLastMark() {
		// 6 -> 5 (no) -> 4 (2 points: better) -> 3 (1 point from 4, 25%: no) -> 2 (2 from 4: better) -> 4 (worse)
		PainTrend trend = PainTrend.of(painDays(6, 5, 4, 3, 2, 4));
		assertThat(trend.markers()).extracting(ChangeMarker::change).containsExactly("better", "better", "worse");
		assertThat(trend.markers()).extracting(ChangeMarker::date)
			.containsExactly(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 6));
		assertThat(trend.reading())
			.isEqualTo("Your worst pain in a day went from 6/10 on 1 June to 4/10 on 6 June: a real improvement.");
	}

	@ParameterizedTest(name = "{0} days of check-ins -> too few {1}")
	@CsvSource({ "1, true", "4, true", "5, false" })
	void aPainTrendNeedsFiveDays(int days, boolean tooFew) {
		int[] worst = new int[days];
		PainTrend trend = PainTrend.of(painDays(worst));
		assertThat(trend.reading().contains("too few to show a trend")).isEqualTo(tooFew);
	}

	@Test
	void twoCheckInsOnOneDayCountTheHigherPain() {
		PainTrend trend = PainTrend.of(List.of(aCheckIn().on(TODAY).withPain(1, 2).build(),
				aCheckIn().on(TODAY).withPain(3, 5).build()));
		assertThat(trend.points()).containsExactly(new PainTrend.Point(TODAY, 5, 3));
	}

	@Test
	void readsTheFunctionIndexAgainstItsMeaningfulChange() {
		FunctionTrend trend = FunctionTrend.of(List.of(point(1, "42.0"), point(2, "36.0"), point(3, "24.0")));
		assertThat(trend.markers()).extracting(ChangeMarker::change).containsExactly("better");
		assertThat(trend.reading()).isEqualTo("Your function index went from 42.0% on 1 March to 24.0% on 1 May: a real"
				+ " improvement (lower means the back limits you less).");
		assertThat(FunctionTrend.of(List.of(point(1, "20.0"))).reading()).startsWith("One score so far (20.0%)");
		assertThat(FunctionTrend.of(List.of(point(1, "20.0"), point(2, "25.0"))).reading()).contains("no real change");
	}

	private static FunctionTrend.Point point(int month, String percent) {
		return new FunctionTrend.Point(LocalDate.of(2026, 2 + month, 1), new BigDecimal(percent));
	}

	@Test
	void bandsEachWeekByTheFourWeeksEndingThere() {
		// 10 km every week for 8 weeks: a band of 8-13 km, caution at 15 km, from the first shown week.
		LoadTestData runs = runs();
		for (int w = 0; w < 8; w++) {
			runs.daysAgo(w * 7, 10000);
		}
		LoadTrend trend = LoadTrend.of(runs.load(), 4);
		assertThat(trend.weeks()).hasSize(4).allSatisfy((w) -> {
			assertThat(w.km()).isEqualTo(10.0);
			assertThat(w.usualLowKm()).isEqualTo(8.0);
			assertThat(w.usualHighKm()).isEqualTo(13.0);
			assertThat(w.cautionKm()).isEqualTo(15.0);
		});
		assertThat(trend.reading()).isEqualTo("In the last 7 days you ran 10 km, 1.00 times your average week of the"
				+ " last four (10 km): within the usual range.");
	}

	@Test
	void readsTheLoadInMilesForARunnerWhoChoseMiles() {
		LoadTestData runs = runs();
		for (int w = 0; w < 8; w++) {
			runs.daysAgo(w * 7, 10000);
		}
		assertThat(LoadTrend.of(runs.load(), 4, dev.backstride.account.Units.MILES).reading())
			.isEqualTo("In the last 7 days you ran 6.2 mi, 1.00 times your average week of the last four (6.2 mi):"
					+ " within the usual range.");
		assertThat(LoadTrend.of(runs().daysAgo(1, 9990).daysAgo(8, 9990).load(), 2, dev.backstride.account.Units.MILES)
			.reading()).contains("under 6.2 mi: too little running");
	}

	@Test
	void showsNoBandWhileTheChronicLoadIsUnderTenKilometres() {
		LoadTrend trend = LoadTrend.of(runs().daysAgo(1, 9990).daysAgo(8, 9990).daysAgo(15, 9990).daysAgo(22, 9990).load(), 2);
		assertThat(trend.weeks()).allSatisfy((w) -> assertThat(w.usualLowKm()).isNull());
		assertThat(trend.reading()).contains("under 10 km: too little running");
		assertThat(LoadTrend.of(runs().load(), 2).reading()).startsWith("No runs in the last four weeks");
	}

}
