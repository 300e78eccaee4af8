package dev.backstride.motion;

import java.util.Optional;

import dev.backstride.account.Sex;

/**
 * K-OBLIQ (PROTOCOL §7): a contralateral drop beyond about 5° in men or 7° in women is worth a gait
 * check. Where the profile does not say female or male, the lower threshold is used, so that a drop
 * worth a look is not missed.
 *
 * @param degrees the threshold
 * @param basis which threshold this is and why, for the runner
 */
public record DropThreshold(double degrees, String basis) {

	public static final double MEN = 5;

	public static final double WOMEN = 7;

	public static DropThreshold of(Optional<Sex> sex) {
		return switch (sex.orElse(null)) {
			case FEMALE -> new DropThreshold(WOMEN, "the 7° threshold for women");
			case MALE -> new DropThreshold(MEN, "the 5° threshold for men");
			case OTHER -> new DropThreshold(MEN, "the lower 5° threshold (the protocol gives thresholds for women and men only)");
			case null -> new DropThreshold(MEN,
					"the lower 5° threshold (men's), because your profile does not give your sex");
		};
	}

	/** Whether the larger of the two mean drops passes the threshold. */
	public boolean passedBy(Obliquity obliquity) {
		return largestDrop(obliquity) > this.degrees;
	}

	static double largestDrop(Obliquity obliquity) {
		return Math.max(obliquity.leftDrop().mean(), obliquity.rightDrop().mean());
	}

}
