package dev.backstride.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.backstride.checkin.CheckIn;
import dev.backstride.screening.RiskStratum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The home page's small trends: the risk screen's sentence and marks, when a chart is drawn, and its data. */
class ScoreTrendsTests {

	private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

	private static List<RiskTrend.Point> risks(String... strata) {
		List<RiskTrend.Point> points = new ArrayList<>();
		for (int i = 0; i < strata.length; i++) {
			RiskStratum stratum = RiskStratum.valueOf(strata[i]);
			int total = switch (stratum) {
				case LOW -> 2;
				case MEDIUM -> 5;
				case HIGH -> 7;
			};
			points.add(RiskTrend.Point.of(MARCH_1.plusWeeks(4L * i), total, stratum));
		}
		return points;
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                 | No risk screens yet: answer the risk screen to start this chart.
			LOW                | One risk screen so far (low risk): answer again in four weeks to see whether it changes.
			MEDIUM,LOW         | Your risk screen went from medium risk on 1 March to low risk on 29 March: a real improvement.
			LOW,HIGH           | Your risk screen went from low risk on 1 March to high risk on 29 March: a real worsening; the advice with your latest score says what helps.
			LOW,LOW            | Your risk screen read low risk on 1 March and low risk on 29 March: no real change (only a change of risk group counts).
			LOW,HIGH,LOW       | Your risk screen read low risk on 1 March and low risk on 26 April: no real change (only a change of risk group counts).
			""")
	void readsTheRiskScreenFromTheFirstAnswerToTheLatest(String strata, String reading) {
		String[] each = strata.isEmpty() ? new String[0] : strata.split(",");
		assertThat(RiskTrend.of(risks(each)).reading()).isEqualTo(reading);
	}

	@Test
	void marksEveryChangeOfRiskGroupAndNothingElse() {
		RiskTrend trend = RiskTrend.of(risks("HIGH", "HIGH", "MEDIUM", "MEDIUM", "LOW", "MEDIUM"));
		assertThat(trend.markers()).extracting(ChangeMarker::date, ChangeMarker::value, ChangeMarker::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(MARCH_1.plusWeeks(8), 2.0, "better"),
					org.assertj.core.groups.Tuple.tuple(MARCH_1.plusWeeks(16), 1.0, "better"),
					org.assertj.core.groups.Tuple.tuple(MARCH_1.plusWeeks(20), 2.0, "worse"));
		assertThat(trend.points()).extracting(RiskTrend.Point::level).containsExactly(3, 3, 2, 2, 1, 2);
		assertThat(trend.points().get(0).words()).isEqualTo("high risk");
	}

	private static List<CheckIn> painOnDays(int days) {
		List<CheckIn> checkIns = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			checkIns.add(aCheckIn().on(MARCH_1.plusDays(i)).withPain(2, 4).build());
		}
		return checkIns;
	}

	private static FunctionTrend function(int scores) {
		List<FunctionTrend.Point> points = new ArrayList<>();
		for (int i = 0; i < scores; i++) {
			points.add(new FunctionTrend.Point(MARCH_1.plusWeeks(4L * i), new BigDecimal("30.0")));
		}
		return FunctionTrend.of(points);
	}

	@ParameterizedTest(name = "{0} days of pain, {1} risk screens, {2} function scores")
	@CsvSource({ "0, 0, 0, false, false, false", "4, 1, 1, false, false, false", "5, 2, 2, true, true, true",
			"30, 6, 3, true, true, true" })
	void drawsAChartOnlyWhereThereIsATrendToSee(int painDays, int riskScreens, int functionScores, boolean pain,
			boolean risk, boolean function) {
		String[] strata = new String[riskScreens];
		java.util.Arrays.fill(strata, "LOW");
		ScoreTrends trends = new ScoreTrends(PainTrend.of(painOnDays(painDays)), RiskTrend.of(risks(strata)),
				function(functionScores));
		assertThat(trends.painDrawn()).isEqualTo(pain);
		assertThat(trends.riskDrawn()).isEqualTo(risk);
		assertThat(trends.functionDrawn()).isEqualTo(function);
	}

	@Test
	void writesTheChartsInTheShapeInsightsJsDraws() {
		ScoreTrends trends = new ScoreTrends(PainTrend.of(painOnDays(6)), RiskTrend.of(risks("MEDIUM", "LOW")),
				function(2));
		JsonNode json = JsonMapper.builder().build().readTree(trends.chartsJson());
		assertThat(json.get("pain").get("points")).hasSize(6);
		assertThat(json.get("pain").get("points").get(0).get("date").asString()).isEqualTo("2026-03-01");
		assertThat(json.get("pain").get("points").get(0).get("worst").asInt()).isEqualTo(4);
		assertThat(json.get("risk").get("points").get(1).get("words").asString()).isEqualTo("low risk");
		assertThat(json.get("risk").get("points").get(1).get("level").asInt()).isEqualTo(1);
		assertThat(json.get("risk").get("points").get(1).get("total").asInt()).isEqualTo(2);
		assertThat(json.get("risk").get("markers").get(0).get("change").asString()).isEqualTo("better");
		assertThat(json.get("function").get("points")).hasSize(2);
	}

	@Test
	void chartDataCannotEndItsScriptElement() {
		String json = TrendCharts.json(TrendCharts.data().with("note", "</script><script>alert(1)</script>"));
		assertThat(json).doesNotContain("<").contains("\\u003c/script>");
	}

}
