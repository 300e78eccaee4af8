package dev.backstride.screening;

import java.time.Instant;
import java.util.Objects;

/**
 * The runner's RF-CLEAR confirmation: they have been advised to consult a doctor before starting an
 * exercise program, and, optionally, that they did.
 */
public record Clearance(Instant confirmedAt, boolean consultedDoctor) {

	public Clearance {
		Objects.requireNonNull(confirmedAt, "confirmedAt");
	}

}
