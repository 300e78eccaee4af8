package dev.backstride.screening;

/** Whether a measure moved by at least its meaningful-change threshold, and which way. */
public enum Change {

	MEANINGFUL_IMPROVEMENT, NO_MEANINGFUL_CHANGE, MEANINGFUL_WORSENING

}
