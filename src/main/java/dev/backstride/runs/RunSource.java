package dev.backstride.runs;

/** How a run reached Backstride: typed in by hand, or read from a file of one of these formats. */
public enum RunSource {

	MANUAL, GPX, TCX, FIT

}
