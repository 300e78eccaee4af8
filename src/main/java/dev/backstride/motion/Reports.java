package dev.backstride.motion;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Summarises stride metrics into a {@link MotionReport}. */
final class Reports {

	private Reports() {
	}

	static MotionReport of(List<StrideMetrics> strides, GaitCurves curves, List<ExcludedSegment> excluded,
			List<String> warnings, Walking walking) {
		double[] buffer = new double[strides.size()];
		Summary leftDrop = summary(strides, StrideMetrics::leftDropDegrees, buffer);
		Summary rightDrop = summary(strides, StrideMetrics::rightDropDegrees, buffer);
		Summary leftStep = summary(strides, StrideMetrics::leftStepSeconds, buffer);
		Summary rightStep = summary(strides, StrideMetrics::rightStepSeconds, buffer);
		Obliquity obliquity = new Obliquity(summary(strides, StrideMetrics::obliquityDegrees, buffer), leftDrop,
				rightDrop);
		Asymmetry asymmetry = new Asymmetry(Asymmetry.percent(leftDrop.mean(), rightDrop.mean()),
				Asymmetry.percent(leftStep.mean(), rightStep.mean()));
		return new MotionReport(strides, cadence(strides, buffer),
				summary(strides, StrideMetrics::tiltDegrees, buffer), obliquity,
				summary(strides, StrideMetrics::rotationDegrees, buffer), asymmetry, curves, excluded, warnings, "",
				walking);
	}

	/**
	 * A report whose running could not be measured, with the reason written for the runner: the
	 * recording is kept all the same.
	 */
	static MotionReport notMeasured(String reason, List<ExcludedSegment> excluded, List<String> warnings,
			Walking walking) {
		Summary none = new Summary(0, 0);
		GaitCurves.Curve flat = new GaitCurves.Curve(new double[GaitCurves.POINTS], new double[GaitCurves.POINTS]);
		return new MotionReport(List.of(), none, none, new Obliquity(none, none, none), none, new Asymmetry(0, 0),
				new GaitCurves(flat, flat, flat), excluded, warnings, reason, walking);
	}

	/**
	 * Cadence as two steps over the mean stride time (rather than the mean of each stride's cadence, which
	 * leans high when stride times vary), with the spread of the strides' own cadences.
	 */
	private static Summary cadence(List<StrideMetrics> strides, double[] buffer) {
		Summary each = summary(strides, StrideMetrics::cadence, buffer);
		double seconds = 0;
		for (StrideMetrics s : strides) {
			seconds += 120 / s.cadence();
		}
		return strides.isEmpty() ? each : new Summary(120 * strides.size() / seconds, each.sd());
	}

	private static Summary summary(List<StrideMetrics> strides, ToDoubleFunction<StrideMetrics> metric,
			double[] buffer) {
		for (int i = 0; i < strides.size(); i++) {
			buffer[i] = metric.applyAsDouble(strides.get(i));
		}
		return Summary.of(buffer, strides.size());
	}

}
