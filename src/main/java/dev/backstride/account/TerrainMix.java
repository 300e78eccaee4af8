package dev.backstride.account;

/** Share of usual running per surface, in percent; the shares add up to 100 (or all 0: not given). */
public record TerrainMix(int roadPercent, int trailPercent, int trackPercent, int treadmillPercent) {

	public static final TerrainMix UNKNOWN = new TerrainMix(0, 0, 0, 0);

	public TerrainMix {
		for (int p : new int[] { roadPercent, trailPercent, trackPercent, treadmillPercent }) {
			if (p < 0 || p > 100) {
				throw new IllegalArgumentException("Each terrain share is a percentage from 0 to 100.");
			}
		}
		int sum = roadPercent + trailPercent + trackPercent + treadmillPercent;
		if (sum != 0 && sum != 100) {
			throw new IllegalArgumentException("Terrain shares must add up to 100% (they add up to " + sum + "%).");
		}
	}

	public boolean known() {
		return !this.equals(UNKNOWN);
	}

}
