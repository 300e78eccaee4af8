package dev.backstride.motion.attitude;

import dev.backstride.motion.preparation.UniformSamples;

/**
 * Turns uniform phone samples into the phone's orientation against a level frame. The analysis uses
 * {@link GravityAnchoredSmoother}; tests plug in a real-time filter to compare against.
 */
public interface AttitudeEstimator {

	/** The orientation at each sample; {@code level} receives the acceleration in the level frame. */
	public Attitude estimate(UniformSamples samples, double[][] level);

}
