package dev.backstride.screening;

/** How urgent a screening result is, most urgent first. */
public enum TriageLevel {

	EMERGENCY, SEE_CLINICIAN, SELF_MANAGE

}
