package dev.backstride.motion.metrics;

import java.util.ArrayList;
import java.util.List;
import dev.backstride.motion.GaitCurves;
import dev.backstride.motion.StrideMetrics;
import dev.backstride.motion.angles.PelvisAngles;
import dev.backstride.motion.events.Strides;
import dev.backstride.motion.preparation.UniformSamples;

/**
 * Per-stride metrics and the gait-cycle curves, straight from the angle arrays, one pass over each
 * stride. Curves are summed as they go (sum and sum of squares per point), so no per-stride arrays are
 * kept.
 */
public final class StrideMeasures {

	private StrideMeasures() {
	}

	/** One pass over each stride for all its metrics. */
	public static List<StrideMetrics> measure(Strides strides, PelvisAngles angles, UniformSamples s) {
		List<StrideMetrics> result = new ArrayList<>(strides.count());
		double[] tilt = angles.tilt;
		double[] obliquity = angles.obliquity;
		double[] rotation = angles.rotation;
		for (int k = 0; k < strides.count(); k++) {
			int a = strides.start[k];
			int m = strides.middle[k];
			int b = strides.end[k];
			double tiltMax = tilt[a], tiltMin = tilt[a], rotationMax = rotation[a], rotationMin = rotation[a];
			double obliquityMax = obliquity[a], obliquityMin = obliquity[a], sum = 0;
			// plain comparisons: the angles are finite, and Math.max and min pay per sample for NaN and −0
			for (int i = a; i < m; i++) {
				double o = obliquity[i];
				double t = tilt[i];
				double r = rotation[i];
				tiltMax = t > tiltMax ? t : tiltMax;
				tiltMin = t < tiltMin ? t : tiltMin;
				rotationMax = r > rotationMax ? r : rotationMax;
				rotationMin = r < rotationMin ? r : rotationMin;
				obliquityMax = o > obliquityMax ? o : obliquityMax;
				obliquityMin = o < obliquityMin ? o : obliquityMin;
				sum += o;
			}
			// left stance runs up to the middle contact, right stance from it on; both include it
			double leftStanceMax = obliquity[m] > obliquityMax ? obliquity[m] : obliquityMax;
			double rightStanceMin = obliquity[m];
			for (int i = m; i <= b; i++) {
				double o = obliquity[i];
				double t = tilt[i];
				double r = rotation[i];
				tiltMax = t > tiltMax ? t : tiltMax;
				tiltMin = t < tiltMin ? t : tiltMin;
				rotationMax = r > rotationMax ? r : rotationMax;
				rotationMin = r < rotationMin ? r : rotationMin;
				rightStanceMin = o < rightStanceMin ? o : rightStanceMin;
				obliquityMax = o > obliquityMax ? o : obliquityMax;
				sum += o;
			}
			obliquityMin = rightStanceMin < obliquityMin ? rightStanceMin : obliquityMin;
			double meanObliquity = sum / (b - a + 1);
			// drop in left stance: the right side falls, obliquity rises above its mean
			double leftDrop = leftStanceMax - meanObliquity;
			double rightDrop = meanObliquity - rightStanceMin;
			result.add(new StrideMetrics(s.seconds(a), 2 * 60 * s.rate / (strides.endAt[k] - strides.startAt[k]),
					tiltMax - tiltMin,
					obliquityMax - obliquityMin, rotationMax - rotationMin, leftDrop, rightDrop, (m - a) / s.rate,
					(b - m) / s.rate));
		}
		return result;
	}

	/** The three curves in one pass: each point's sample and weight serve all three angles. */
	public static GaitCurves curves(Strides strides, PelvisAngles angles) {
		double[] tilt = angles.tilt, obliquity = angles.obliquity, rotation = angles.rotation;
		int points = GaitCurves.POINTS;
		double[] tiltSum = new double[points], tiltSquares = new double[points];
		double[] obliquitySum = new double[points], obliquitySquares = new double[points];
		double[] rotationSum = new double[points], rotationSquares = new double[points];
		for (int k = 0; k < strides.count(); k++) {
			int a = strides.start[k];
			int last = strides.end[k] - 1;
			double step = (double) (strides.end[k] - a) / (points - 1);
			for (int p = 0; p < points; p++) {
				double at = a + step * p;
				int i = (int) at;
				i = i < last ? i : last;
				double f = at - i;
				double t = tilt[i] + f * (tilt[i + 1] - tilt[i]);
				double o = obliquity[i] + f * (obliquity[i + 1] - obliquity[i]);
				double r = rotation[i] + f * (rotation[i + 1] - rotation[i]);
				tiltSum[p] += t;
				tiltSquares[p] += t * t;
				obliquitySum[p] += o;
				obliquitySquares[p] += o * o;
				rotationSum[p] += r;
				rotationSquares[p] += r * r;
			}
		}
		int n = strides.count();
		return new GaitCurves(curve(tiltSum, tiltSquares, n), curve(obliquitySum, obliquitySquares, n),
				curve(rotationSum, rotationSquares, n));
	}

	private static GaitCurves.Curve curve(double[] sum, double[] squares, int n) {
		int points = GaitCurves.POINTS;
		double[] mean = new double[points];
		double[] sd = new double[points];
		for (int p = 0; p < points; p++) {
			mean[p] = n == 0 ? 0 : sum[p] / n;
			sd[p] = n < 2 ? 0 : Math.sqrt(Math.max(0, (squares[p] - n * mean[p] * mean[p]) / (n - 1)));
		}
		return new GaitCurves.Curve(mean, sd);
	}

}
