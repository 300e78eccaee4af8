package dev.backstride.motion;

/**
 * What every reader promises about a recording it returns, checked by the fuzz tests: at least two
 * samples, finite values on every channel, and time stamps that strictly increase.
 */
public final class RecordingInvariants {

	private RecordingInvariants() {
	}

	/** Throws {@link AssertionError} naming the first broken promise. */
	public static void check(ImuRecording r) {
		if (r.size() < 2) {
			throw new AssertionError("a recording with " + r.size() + " samples was returned");
		}
		double[][] channels = { r.t(), r.ax(), r.ay(), r.az(), r.gx(), r.gy(), r.gz() };
		String[] names = { "t", "ax", "ay", "az", "gx", "gy", "gz" };
		for (int c = 0; c < channels.length; c++) {
			for (int i = 0; i < r.size(); i++) {
				if (!Double.isFinite(channels[c][i])) {
					throw new AssertionError(names[c] + "[" + i + "] is " + channels[c][i]);
				}
			}
		}
		double[] t = r.t();
		for (int i = 1; i < t.length; i++) {
			if (!(t[i] > t[i - 1])) {
				throw new AssertionError("t[" + i + "] = " + t[i] + " does not follow t[" + (i - 1) + "] = " + t[i - 1]);
			}
		}
	}

}
