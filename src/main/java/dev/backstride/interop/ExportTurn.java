package dev.backstride.interop;

import java.time.Duration;
import java.util.Objects;

/** Whether a download of a runner's data may start now ({@link ExportSlots#take}). */
public sealed interface ExportTurn permits ExportTurn.Granted, ExportTurn.Busy {

	/** It may: write it through {@link ExportSlot#guard} and close the slot when done, however it ends. */
	record Granted(ExportSlot slot) implements ExportTurn {

		public Granted {
			Objects.requireNonNull(slot, "slot");
		}

	}

	/**
	 * Not now: this account's other download is still being prepared, or as many as this instance
	 * prepares at once are. The reason is written for the runner; nothing was read.
	 */
	record Busy(String reason, Duration retryAfter) implements ExportTurn {

		public Busy {
			if (reason.isBlank()) {
				throw new IllegalArgumentException("a busy answer needs a reason");
			}
			Objects.requireNonNull(retryAfter, "retryAfter");
		}

	}

}
