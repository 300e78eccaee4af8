package dev.backstride.motion;

import java.util.Objects;

/**
 * K-OBLIQ over the strides, in degrees.
 *
 * @param excursion maximum minus minimum of obliquity within a stride
 * @param leftDrop contralateral drop in left-leg stance (the right side falls)
 * @param rightDrop contralateral drop in right-leg stance (the left side falls)
 */
public record Obliquity(Summary excursion, Summary leftDrop, Summary rightDrop) {

	public Obliquity {
		Objects.requireNonNull(excursion, "excursion");
		Objects.requireNonNull(leftDrop, "leftDrop");
		Objects.requireNonNull(rightDrop, "rightDrop");
	}

}
