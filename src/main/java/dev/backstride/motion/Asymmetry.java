package dev.backstride.motion;

/**
 * K-ASYM: left/right differences, each as |left − right| divided by their mean, in percent.
 *
 * @param dropPercent contralateral drop in left stance against drop in right stance
 * @param stepTimePercent left step time against right step time
 */
public record Asymmetry(double dropPercent, double stepTimePercent) {

	/** PROTOCOL §7: a left/right difference over 20% is worth a look. */
	public static final double FLAG_PERCENT = 20;

	public Asymmetry {
		if (!(dropPercent >= 0) || !(stepTimePercent >= 0)) {
			throw new IllegalArgumentException("asymmetry is a non-negative percentage");
		}
	}

	public boolean dropFlagged() {
		return this.dropPercent > FLAG_PERCENT;
	}

	public boolean stepTimeFlagged() {
		return this.stepTimePercent > FLAG_PERCENT;
	}

	static double percent(double left, double right) {
		double mean = (Math.abs(left) + Math.abs(right)) / 2;
		return mean == 0 ? 0 : 100 * Math.abs(left - right) / mean;
	}

}
