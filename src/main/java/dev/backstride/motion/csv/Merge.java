package dev.backstride.motion.csv;

import java.util.List;
import java.util.Locale;

import dev.backstride.motion.ImuRecording;

/**
 * Puts streams recorded at different instants and rates on one time line: the base stream's
 * samples inside the overlap are kept, the other stream is linearly interpolated at their times.
 */
final class Merge {

	static final double STANDARD_GRAVITY = 9.80665;

	/** Gaps longer than this inside the interpolated stream are reported. */
	private static final double GAP_SECONDS = 0.5;

	/** Trimming more than this is reported. */
	private static final double TRIM_REPORT_SECONDS = 0.1;

	private Merge() {
	}

	/**
	 * @return the base trimmed to the overlap, and the other stream resampled at its times
	 */
	static Series[] onto(Series base, Series other, List<String> warnings) throws ImuFormatException {
		double start = Math.max(base.first(), other.first());
		double end = Math.min(base.last(), other.last());
		int from = 0;
		while (from < base.size() && base.t[from] < start) {
			from++;
		}
		int to = base.size();
		while (to > from && base.t[to - 1] > end) {
			to--;
		}
		if (to - from < 2) {
			throw new ImuFormatException(base.name + " and " + other.name + " do not overlap in time ("
					+ span(base) + " and " + span(other) + "); they seem to come from different recordings.");
		}
		int n = to - from;
		double[] t = new double[n];
		double[] bx = new double[n];
		double[] by = new double[n];
		double[] bz = new double[n];
		double[] ox = new double[n];
		double[] oy = new double[n];
		double[] oz = new double[n];
		int j = 0;
		for (int k = 0; k < n; k++) {
			int i = from + k;
			double ti = base.t[i];
			while (j < other.size() - 2 && other.t[j + 1] <= ti) {
				j++;
			}
			double t0 = other.t[j];
			double t1 = other.t[Math.min(j + 1, other.size() - 1)];
			double w = (t1 > t0) ? (ti - t0) / (t1 - t0) : 0;
			int j1 = Math.min(j + 1, other.size() - 1);
			t[k] = ti;
			bx[k] = base.x[i];
			by[k] = base.y[i];
			bz[k] = base.z[i];
			ox[k] = other.x[j] + w * (other.x[j1] - other.x[j]);
			oy[k] = other.y[j] + w * (other.y[j1] - other.y[j]);
			oz[k] = other.z[j] + w * (other.z[j1] - other.z[j]);
		}
		double trimmedStart = t[0] - base.first();
		double trimmedEnd = base.last() - t[n - 1];
		if (trimmedStart > TRIM_REPORT_SECONDS || trimmedEnd > TRIM_REPORT_SECONDS) {
			warnings.add(String.format(Locale.ROOT,
					"Kept only the %.1f s where %s and %s overlap (dropped %.1f s at the start and %.1f s at the end).",
					t[n - 1] - t[0], base.name, other.name, trimmedStart, trimmedEnd));
		}
		reportGap(other, t[0], t[n - 1], warnings);
		return new Series[] { new Series(base.name, t, bx, by, bz), new Series(other.name, t, ox, oy, oz) };
	}

	/** The sum (or negated sum) of two series on the same time stamps. */
	static Series sum(String name, Series a, Series b, double sign) {
		int n = a.size();
		double[] x = new double[n];
		double[] y = new double[n];
		double[] z = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = sign * (a.x[i] + b.x[i]);
			y[i] = sign * (a.y[i] + b.y[i]);
			z[i] = sign * (a.z[i] + b.z[i]);
		}
		return new Series(name, a.t, x, y, z);
	}

	static Series scaled(Series s, double factor) {
		int n = s.size();
		double[] x = new double[n];
		double[] y = new double[n];
		double[] z = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = factor * s.x[i];
			y[i] = factor * s.y[i];
			z[i] = factor * s.z[i];
		}
		return new Series(s.name, s.t, x, y, z);
	}

	/**
	 * Interpolates the gyroscope onto the acceleration time line, checks the acceleration's units
	 * and moves the origin to the first kept sample.
	 */
	static ImuRecording recording(Series acceleration, Series gyroscope, List<String> warnings)
			throws ImuFormatException {
		Series[] merged = onto(acceleration, gyroscope, warnings);
		Series a = checkUnits(merged[0], warnings);
		Series g = merged[1];
		double origin = a.t[0];
		double[] t = new double[a.size()];
		for (int i = 0; i < t.length; i++) {
			t[i] = a.t[i] - origin;
		}
		return new ImuRecording(t, a.x, a.y, a.z, g.x, g.y, g.z);
	}

	/**
	 * Every documented layout is in m/s², but a mean magnitude near 1 means the values are in g
	 * (a setting or an app version we do not know): convert and say so.
	 */
	private static Series checkUnits(Series a, List<String> warnings) {
		double sum = 0;
		for (int i = 0; i < a.size(); i++) {
			sum += Math.sqrt(a.x[i] * a.x[i] + a.y[i] * a.y[i] + a.z[i] * a.z[i]);
		}
		double mean = sum / a.size();
		if (mean >= 0.5 && mean < 3) {
			warnings.add(String.format(Locale.ROOT,
					"The acceleration averages %.2f in magnitude, so it is in g, not m/s²; multiplied by %s.", mean,
					STANDARD_GRAVITY));
			return scaled(a, STANDARD_GRAVITY);
		}
		if (mean < 0.5) {
			warnings.add(String.format(Locale.ROOT,
					"The acceleration averages only %.2f m/s² in magnitude; it may not include gravity.", mean));
		}
		return a;
	}

	private static void reportGap(Series s, double from, double to, List<String> warnings) {
		double widest = 0;
		double at = 0;
		for (int i = 1; i < s.size(); i++) {
			if (s.t[i] <= from || s.t[i - 1] >= to) {
				continue;
			}
			double gap = s.t[i] - s.t[i - 1];
			if (gap > widest) {
				widest = gap;
				at = s.t[i - 1] - from;
			}
		}
		if (widest > GAP_SECONDS) {
			warnings.add(String.format(Locale.ROOT,
					"%s has a gap of %.1f s at %.1f s into the recording; values were interpolated across it.", s.name,
					widest, at));
		}
	}

	private static String span(Series s) {
		return String.format(Locale.ROOT, "%.1f–%.1f s", s.first(), s.last());
	}

}
