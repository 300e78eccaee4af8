package dev.backstride.checkin;

/** Pain on the 0–10 scale (M-NRS): 0 none, 1–3 mild, 4–6 moderate, 7–10 severe. */
public record PainScore(int value) {

	public PainScore {
		if (value < 0 || value > 10) {
			throw new IllegalArgumentException("pain must be 0-10: " + value);
		}
	}

	public static PainScore of(int value) {
		return new PainScore(value);
	}

	public boolean above(int limit) {
		return this.value > limit;
	}

	@Override
	public String toString() {
		return this.value + "/10";
	}

}
