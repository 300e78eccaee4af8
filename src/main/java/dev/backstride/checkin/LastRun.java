package dev.backstride.checkin;

import java.util.Objects;

/** What the runner reports about their last run: peak pain during it, and whether rising pain changed their stride. */
public record LastRun(PainScore painDuringRun, boolean painRoseAndChangedStride) {

	public LastRun {
		Objects.requireNonNull(painDuringRun, "painDuringRun");
	}

	public static LastRun of(int painDuringRun, boolean painRoseAndChangedStride) {
		return new LastRun(PainScore.of(painDuringRun), painRoseAndChangedStride);
	}

}
