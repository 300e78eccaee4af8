/**
 * First stage of the analysis: the recording checked in one pass (refused, too short, or usable), then
 * resampled to a uniform rate ({@link dev.backstride.motion.preparation.UniformSamples}), with the
 * pooled work arrays, the deadline, and the slow-signal and low-pass helpers the later stages share.
 */
@NullMarked
package dev.backstride.motion.preparation;

import org.jspecify.annotations.NullMarked;
