package dev.backstride.motion.preparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.backstride.motion.ImuRecording;
import dev.backstride.motion.Wording;
import dev.backstride.motion.events.WalkingSteps;

/**
 * First look at a raw recording: refuses what cannot be measured and notes what can be repaired
 * (acceleration in g, gaps, a low rate). Everything is one pass over the arrays; no sorting, because a
 * median over an hour of samples would cost more than the whole analysis.
 */
public final class RecordingCheck {

	public static final double STANDARD_GRAVITY = 9.80665;

	public static final double MINIMUM_RATE = 50;

	private static final double LOW_RATE = 100;

	/**
	 * The shortest recording analysed: four walking steps at the slowest cadence counted as walking. A
	 * shorter one is kept unmeasured; a longer one too short for the running metrics is still searched for
	 * walking.
	 */
	public static final double MINIMUM_SECONDS = WalkingSteps.MIN_STEPS * WalkingSteps.MAX_STEP_SECONDS;

	/**
	 * The most samples the analysis works on after resampling (80 minutes at 100 Hz, 40 at 200 Hz): what
	 * bounds its memory, whatever the time stamps claim.
	 */
	public static final int MAXIMUM_UNIFORM_SAMPLES = 480_000;

	/** Beyond the range of any phone's accelerometer (they stop at 8 to 32 g), in m/s² or in g. */
	public static final double MAXIMUM_ACCELERATION = 2_000;

	/** Beyond the range of any phone's gyroscope (they stop at 35 to 70 rad/s). */
	public static final double MAXIMUM_ROTATION_RATE = 100;

	private RecordingCheck() {
	}

	/** What the first look found: a reason to refuse the recording, or how to use it. */
	public sealed interface Verdict permits Refused, TooShort, Usable {
	}

	public record Refused(String reason) implements Verdict {
	}

	/** A sound recording too short to hold the strides the metrics need: kept, not measured. */
	public record TooShort(String reason) implements Verdict {
	}

	/** A recording that can be resampled, with the factor that brings acceleration to m/s². */
	public record Usable(double rate, double accelerationScale, List<String> warnings) implements Verdict {
	}

	/**
	 * One pass over all channels for their sums (a NaN or infinity anywhere makes its channel's sum
	 * one too, and only then is the channel searched for the sample to name), the shortest interval and
	 * the mean rate; one more over the time stamps for gaps.
	 */
	public static Verdict of(ImuRecording r) {
		int n = r.size();
		if (n < 2) {
			return new Refused("empty recording: " + n + " samples");
		}
		double[] t = r.t(), ax = r.ax(), ay = r.ay(), az = r.az(), gx = r.gx(), gy = r.gy(), gz = r.gz();
		double mean = (t[n - 1] - t[0]) / (n - 1);
		double st = t[0], sax = ax[0], say = ay[0], saz = az[0], sgx = gx[0], sgy = gy[0], sgz = gz[0];
		double shortest = Double.POSITIVE_INFINITY;
		double intervals = 0;
		int counted = 0;
		double acc = Math.max(Math.abs(ax[0]), Math.max(Math.abs(ay[0]), Math.abs(az[0])));
		double rot = Math.max(Math.abs(gx[0]), Math.max(Math.abs(gy[0]), Math.abs(gz[0])));
		for (int i = 1; i < n; i++) {
			st += t[i];
			sax += ax[i];
			say += ay[i];
			saz += az[i];
			sgx += gx[i];
			sgy += gy[i];
			sgz += gz[i];
			double a = Math.abs(ax[i]), b = Math.abs(ay[i]), c = Math.abs(az[i]);
			acc = a > acc ? a : acc;
			acc = b > acc ? b : acc;
			acc = c > acc ? c : acc;
			a = Math.abs(gx[i]);
			b = Math.abs(gy[i]);
			c = Math.abs(gz[i]);
			rot = a > rot ? a : rot;
			rot = b > rot ? b : rot;
			rot = c > rot ? c : rot;
			double dt = t[i] - t[i - 1];
			shortest = dt < shortest ? dt : shortest;
			// the mean rate leaves out gaps: intervals longer than twice the overall mean
			if (dt <= 2 * mean) {
				intervals += dt;
				counted++;
			}
		}
		String[] names = { "t", "ax", "ay", "az", "gx", "gy", "gz" };
		double[][] channels = { t, ax, ay, az, gx, gy, gz };
		double[] sums = { st, sax, say, saz, sgx, sgy, sgz };
		for (int c = 0; c < channels.length; c++) {
			int bad = Double.isFinite(sums[c]) ? -1 : firstNonFinite(channels[c]);
			if (bad >= 0) {
				return new Refused(String.format(Locale.ROOT, "%s is not a number (%s) at sample %d", names[c],
						channels[c][bad], bad));
			}
		}
		if (acc > MAXIMUM_ACCELERATION) {
			return new Refused(String.format(Locale.ROOT,
					"an acceleration of %.3g is beyond what a phone can measure: check the units (m/s² or g)",
					acc));
		}
		if (rot > MAXIMUM_ROTATION_RATE) {
			return new Refused(String.format(Locale.ROOT,
					"a rotation rate of %.3g is beyond what a phone can measure: check the units (rad/s)", rot));
		}
		if (!(shortest > 0)) {
			return new Refused(order(t));
		}
		double seconds = t[n - 1] - t[0];
		if (seconds < MINIMUM_SECONDS) {
			return new TooShort(String.format(Locale.ROOT,
					"The recording is too short to measure: it lasts %s, and at least %.0f s are needed.",
					duration(seconds), Math.ceil(MINIMUM_SECONDS)));
		}
		if (isFlat(gx) && isFlat(gy) && isFlat(gz)) {
			return new Refused("no gyroscope signal: rotation rate is constant on all three axes");
		}
		double rate = counted / intervals;
		if (rate < MINIMUM_RATE) {
			return new Refused(String.format(Locale.ROOT, "sample rate %.0f Hz is below the %.0f Hz needed", rate,
					MINIMUM_RATE));
		}
		double uniform = seconds * UniformSamples.rateFor(rate);
		if (uniform >= MAXIMUM_UNIFORM_SAMPLES) {
			return new Refused(String.format(Locale.ROOT,
					"it spans %s from its first to its last time stamp; at most %s can be analysed at"
							+ " %.0f Hz (is one time stamp far off?)",
					duration(seconds), duration((MAXIMUM_UNIFORM_SAMPLES - 1) / UniformSamples.rateFor(rate)),
					UniformSamples.rateFor(rate)));
		}
		return usable(t, rate, Math.sqrt(sax * sax + say * say + saz * saz) / n);
	}

	public static String duration(double seconds) {
		return Wording.duration(seconds);
	}

	/** The first time stamp that is not later than the one before. */
	private static String order(double[] t) {
		for (int i = 1; i < t.length; i++) {
			if (t[i] == t[i - 1]) {
				return String.format(Locale.ROOT, "duplicate time stamp %.3f s at samples %d and %d", t[i], i - 1,
						i);
			}
			if (t[i] < t[i - 1]) {
				return String.format(Locale.ROOT, "time stamps out of order at sample %d: %.3f s comes after %.3f s",
						i, t[i], t[i - 1]);
			}
		}
		throw new IllegalStateException("time stamps are in order");
	}

	/**
	 * Warnings and units. Gravity is the length of the mean acceleration vector, because the phone sits
	 * still on the pelvis.
	 */
	private static Usable usable(double[] t, double rate, double gravity) {
		List<String> warnings = new ArrayList<>();
		// compared as shown: a phone at 99.6 samples a second records at 100
		if (Math.round(rate) < LOW_RATE) {
			warnings.add(String.format(Locale.ROOT,
					"The phone recorded %.0f samples a second; at fewer than %.0f the angles may read slightly"
							+ " small.",
					rate, LOW_RATE));
		}
		double scale = 1;
		if (gravity > 0.5 && gravity < 2) {
			scale = STANDARD_GRAVITY;
			warnings.add(String.format(Locale.ROOT,
					"The acceleration was recorded in g (gravity read %.2f) and was converted to m/s².", gravity));
		}
		else if (gravity < 6 || gravity > 14) {
			warnings.add(String.format(Locale.ROOT,
					"Gravity reads %.2f m/s², far from 9.81: the acceleration may be in other units.", gravity));
		}
		gaps(t, rate, warnings);
		return new Usable(rate, scale, warnings);
	}

	private static int firstNonFinite(double[] values) {
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				return i;
			}
		}
		return -1;
	}

	/** Whether all values lie within 1e-9; a live channel is told apart within a few samples. */
	private static boolean isFlat(double[] values) {
		double min = values[0];
		double max = values[0];
		for (double v : values) {
			min = v < min ? v : min;
			max = v > max ? v : max;
			if (max - min >= 1e-9) {
				return false;
			}
		}
		return true;
	}

	private static void gaps(double[] t, double rate, List<String> warnings) {
		double limit = Math.max(UniformSamples.GAP_SECONDS, 5 / rate);
		int count = 0;
		double total = 0;
		String first = "";
		for (int i = 1; i < t.length; i++) {
			double dt = t[i] - t[i - 1];
			if (dt > limit) {
				if (count == 0) {
					first = String.format(Locale.ROOT, "%.2f s at %.1f s", dt, t[i - 1]);
				}
				count++;
				total += dt;
			}
		}
		if (count > 0) {
			warnings.add(String.format(Locale.ROOT,
					"The data has %s, %.1f s in all (the first: %s); strides across a gap are left out.",
					count == 1 ? "1 gap" : count + " gaps", total, first));
		}
	}

}
