package dev.backstride.motion;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Summarises stride metrics into a {@link MotionReport}. */
final class Reports {

	private Reports() {
	}

	static MotionReport of(List<StrideMetrics> strides, GaitCurves curves, List<ExcludedSegment> excluded,
			List<String> warnings) {
		double[] buffer = new double[strides.size()];
		Summary leftDrop = summary(strides, StrideMetrics::leftDropDegrees, buffer);
		Summary rightDrop = summary(strides, StrideMetrics::rightDropDegrees, buffer);
		Summary leftStep = summary(strides, StrideMetrics::leftStepSeconds, buffer);
		Summary rightStep = summary(strides, StrideMetrics::rightStepSeconds, buffer);
		Obliquity obliquity = new Obliquity(summary(strides, StrideMetrics::obliquityDegrees, buffer), leftDrop,
				rightDrop);
		Asymmetry asymmetry = new Asymmetry(Asymmetry.percent(leftDrop.mean(), rightDrop.mean()),
				Asymmetry.percent(leftStep.mean(), rightStep.mean()));
		return new MotionReport(strides, summary(strides, StrideMetrics::cadence, buffer),
				summary(strides, StrideMetrics::tiltDegrees, buffer), obliquity,
				summary(strides, StrideMetrics::rotationDegrees, buffer), asymmetry, curves, excluded, warnings);
	}

	private static Summary summary(List<StrideMetrics> strides, ToDoubleFunction<StrideMetrics> metric,
			double[] buffer) {
		for (int i = 0; i < strides.size(); i++) {
			buffer[i] = metric.applyAsDouble(strides.get(i));
		}
		return Summary.of(buffer, strides.size());
	}

}
