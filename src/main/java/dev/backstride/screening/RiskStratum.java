package dev.backstride.screening;

/** M-RISK strata, lowest first. */
public enum RiskStratum {

	LOW, MEDIUM, HIGH

}
