package dev.backstride.checkin;

/** When the pain shows up relative to running. */
public enum PainTiming {

	BEFORE_RUN, DURING_RUN, AFTER_RUN

}
