package dev.backstride.motion;

/**
 * One running stride: from a left foot contact to the next left foot contact (two steps). Angles are
 * in degrees, see {@link PelvisAnalysis} for the convention and for how drop is defined.
 *
 * @param startSeconds time of the left foot contact that opens the stride, on the recording's clock
 * @param cadence steps per minute over this stride
 * @param tiltDegrees K-TILT: maximum minus minimum of pelvic tilt within the stride
 * @param obliquityDegrees K-OBLIQ: maximum minus minimum of pelvic obliquity within the stride
 * @param rotationDegrees K-ROT: maximum minus minimum of pelvic rotation within the stride
 * @param leftDropDegrees contralateral drop in left-leg stance: how far the right side falls below the
 * stride's mean obliquity
 * @param rightDropDegrees contralateral drop in right-leg stance: how far the left side falls below the
 * stride's mean obliquity
 * @param leftStepSeconds time from the left contact to the right contact
 * @param rightStepSeconds time from the right contact to the next left contact
 */
public record StrideMetrics(double startSeconds, double cadence, double tiltDegrees, double obliquityDegrees,
		double rotationDegrees, double leftDropDegrees, double rightDropDegrees, double leftStepSeconds,
		double rightStepSeconds) {

	public StrideMetrics {
		if (!(cadence > 0) || !(leftStepSeconds > 0) || !(rightStepSeconds > 0)) {
			throw new IllegalArgumentException("stride needs positive cadence and step times");
		}
		if (!(tiltDegrees >= 0) || !(obliquityDegrees >= 0) || !(rotationDegrees >= 0)) {
			throw new IllegalArgumentException("excursions are max minus min, never negative");
		}
		if (!Double.isFinite(startSeconds) || !Double.isFinite(leftDropDegrees)
				|| !Double.isFinite(rightDropDegrees)) {
			throw new IllegalArgumentException("stride values must be finite");
		}
	}

}
