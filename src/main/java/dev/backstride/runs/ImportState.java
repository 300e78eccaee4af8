package dev.backstride.runs;

/** Where a background import stands. */
public enum ImportState {

	RUNNING, DONE, CANCELLED, FAILED

}
