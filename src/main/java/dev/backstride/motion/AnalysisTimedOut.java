package dev.backstride.motion;

/** An analysis ran past its time limit and was abandoned; nothing was stored. */
public final class AnalysisTimedOut extends RuntimeException {

	public AnalysisTimedOut() {
		super("The analysis took too long and was stopped. Nothing was stored; please try again later.",
				null, false, false);
	}

}
