package dev.backstride.insight;

/**
 * What the home page draws small: pain over the last {@link Insights#HOME_PAIN_DAYS} days, the risk screen
 * and the function index over time, each with its sentence. A chart is drawn only where there is
 * something to see; otherwise the sentence says what is missing.
 */
public record ScoreTrends(PainTrend pain, RiskTrend risk, FunctionTrend function) {

	/** Pain is drawn once it has enough days to be a trend (as its sentence says). */
	public boolean painDrawn() {
		return !Evidence.tooFew(this.pain.points().size());
	}

	/** A questionnaire score is drawn once there are two to join. */
	public boolean riskDrawn() {
		return this.risk.points().size() > 1;
	}

	public boolean functionDrawn() {
		return this.function.points().size() > 1;
	}

	/** The charts' data for {@code insights.js}, in the shape the insights page uses. */
	public String chartsJson() {
		return TrendCharts.json(TrendCharts.data()
			.with("pain", TrendCharts.line(this.pain.points(), this.pain.markers()))
			.with("risk", TrendCharts.line(this.risk.points(), this.risk.markers()))
			.with("function", TrendCharts.line(this.function.points(), this.function.markers())));
	}

}
