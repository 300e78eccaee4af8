package dev.backstride.screening;

/**
 * The care consequence of an M-RISK stratum (PROTOCOL §3, {@code M-RISK-CARE}). Shown as information
 * alongside the program, never as a diagnosis.
 */
public record RiskCare(RiskStratum stratum, String ruleId, String advice) {

	public static RiskCare of(RiskStratum stratum) {
		String advice = switch (stratum) {
			case LOW -> "Looking after your back yourself is a good fit for you now.";
			case MEDIUM -> "Keep looking after your back, and consider seeing a physiotherapist as well.";
			case HIGH -> "Keep looking after your back, and consider physiotherapy that also supports how you cope"
					+ " with the pain, with a psychologically informed approach.";
		};
		return new RiskCare(stratum, RuleIds.RISK_CARE, advice);
	}

}
