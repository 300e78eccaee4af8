package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-stride metrics and the gait-cycle curves, straight from the angle arrays. Curves are summed as
 * they go (sum and sum of squares per point), so no per-stride arrays are kept.
 */
final class StrideMeasures {

	private StrideMeasures() {
	}

	static List<StrideMetrics> measure(Strides strides, PelvisAngles angles, UniformSamples s) {
		List<StrideMetrics> result = new ArrayList<>(strides.count());
		for (int k = 0; k < strides.count(); k++) {
			int a = strides.start[k];
			int m = strides.middle[k];
			int b = strides.end[k];
			double meanObliquity = mean(angles.obliquity, a, b);
			// drop in left stance: the right side falls, obliquity rises above its mean
			double leftDrop = max(angles.obliquity, a, m) - meanObliquity;
			double rightDrop = meanObliquity - min(angles.obliquity, m, b);
			result.add(new StrideMetrics(s.seconds(a), 2 * 60 * s.rate / (b - a), range(angles.tilt, a, b),
					range(angles.obliquity, a, b), range(angles.rotation, a, b), leftDrop, rightDrop,
					(m - a) / s.rate, (b - m) / s.rate));
		}
		return result;
	}

	static GaitCurves curves(Strides strides, PelvisAngles angles) {
		return new GaitCurves(curve(strides, angles.tilt), curve(strides, angles.obliquity),
				curve(strides, angles.rotation));
	}

	private static GaitCurves.Curve curve(Strides strides, double[] angle) {
		int points = GaitCurves.POINTS;
		double[] sum = new double[points];
		double[] squares = new double[points];
		int n = strides.count();
		for (int k = 0; k < n; k++) {
			int a = strides.start[k];
			double span = strides.end[k] - a;
			for (int p = 0; p < points; p++) {
				double at = a + span * p / (points - 1);
				int i = Math.min((int) at, strides.end[k] - 1);
				double f = at - i;
				double v = angle[i] + f * (angle[i + 1] - angle[i]);
				sum[p] += v;
				squares[p] += v * v;
			}
		}
		double[] mean = new double[points];
		double[] sd = new double[points];
		for (int p = 0; p < points; p++) {
			mean[p] = n == 0 ? 0 : sum[p] / n;
			sd[p] = n < 2 ? 0 : Math.sqrt(Math.max(0, (squares[p] - n * mean[p] * mean[p]) / (n - 1)));
		}
		return new GaitCurves.Curve(mean, sd);
	}

	private static double mean(double[] v, int from, int to) {
		double sum = 0;
		for (int i = from; i <= to; i++) {
			sum += v[i];
		}
		return sum / (to - from + 1);
	}

	private static double max(double[] v, int from, int to) {
		double max = v[from];
		for (int i = from; i <= to; i++) {
			max = Math.max(max, v[i]);
		}
		return max;
	}

	private static double min(double[] v, int from, int to) {
		double min = v[from];
		for (int i = from; i <= to; i++) {
			min = Math.min(min, v[i]);
		}
		return min;
	}

	private static double range(double[] v, int from, int to) {
		return max(v, from, to) - min(v, from, to);
	}

}
