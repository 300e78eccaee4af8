package dev.backstride.insight;

/** What the insights page shows: five trends, each with one sentence reading it. */
public record InsightReport(PainTrend pain, LoadTrend load, TerrainPain terrain, FunctionTrend function,
		Adherence adherence) {

}
