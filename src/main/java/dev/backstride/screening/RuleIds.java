package dev.backstride.screening;

/** The rule ids of PROTOCOL §2 and §3 that screening names behind its conclusions. */
public final class RuleIds {

	public static final String CES = "RF-CES";

	public static final String SEE = "RF-SEE";

	public static final String FRACTURE = "RF-FRACTURE";

	public static final String CANCER = "RF-CANCER";

	public static final String INFECTION = "RF-INFECTION";

	public static final String INFLAM = "RF-INFLAM";

	public static final String NERVE = "RF-NERVE";

	public static final String YOUNG = "RF-YOUNG";

	public static final String PERSIST = "RF-PERSIST";

	public static final String CLEAR = "RF-CLEAR";

	/**
	 * Not in PROTOCOL §2 by this name: "the danger-sign questions must be answered (again)", asked at
	 * onboarding and whenever new or changed symptoms are reported. Proposed for the protocol.
	 */
	public static final String SCREEN = "RF-SCREEN";

	public static final String RISK_CARE = "M-RISK-CARE";

	private RuleIds() {
	}

}
