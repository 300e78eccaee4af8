package dev.backstride.screening;

/** M-RISK strata, lowest first. */
public enum RiskStratum {

	LOW, MEDIUM, HIGH;

	/** In words for runners: "low risk". */
	public String words() {
		return name().toLowerCase(java.util.Locale.ROOT) + " risk";
	}

}
