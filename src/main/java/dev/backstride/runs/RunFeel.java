package dev.backstride.runs;

/**
 * How a run felt, as the runner tells it: back pain during the run and just after (0–10), whether
 * rising pain changed the stride, and the effort (1–10). Imported runs have none until the runner
 * adds it.
 */
public record RunFeel(int painDuring, int painAfter, boolean painChangedStride, int effort) {

	public RunFeel {
		if (painDuring < 0 || painDuring > 10) {
			throw new IllegalArgumentException("The pain during the run must be a whole number from 0 to 10.");
		}
		if (painAfter < 0 || painAfter > 10) {
			throw new IllegalArgumentException("The pain just after the run must be a whole number from 0 to 10.");
		}
		if (effort < 1 || effort > 10) {
			throw new IllegalArgumentException("The effort must be a whole number from 1 to 10.");
		}
	}

}
