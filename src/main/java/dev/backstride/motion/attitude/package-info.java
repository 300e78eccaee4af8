/**
 * Second stage: the phone's orientation at every sample, from the gyroscope anchored to gravity over the
 * whole recording ({@link dev.backstride.motion.attitude.GravityAnchoredSmoother}); acceleration turned
 * into the level frame.
 */
@NullMarked
package dev.backstride.motion.attitude;

import org.jspecify.annotations.NullMarked;
