package dev.backstride.motion;

/**
 * Turns uniform phone samples into the phone's orientation against a level frame. The analysis uses
 * {@link GravityAnchoredSmoother}; tests plug in a real-time filter to compare against.
 */
interface AttitudeEstimator {

	Attitude estimate(UniformSamples samples);

}
