package dev.backstride.interop;

import java.io.IOException;
import java.time.Duration;

/** A download went past its time limit and was cut off half way. */
public final class ExportTimedOut extends IOException {

	private static final long serialVersionUID = 1L;

	ExportTimedOut(Duration limit) {
		super("the download took longer than " + (limit.toMinutes() >= 1 ? limit.toMinutes() + " minutes"
				: limit.toSeconds() + " seconds") + " and was stopped; download it again");
	}

}
