/**
 * Fifth stage: each stride's excursions, drops, cadence and step times, and the gait-cycle curves,
 * straight from the angle arrays.
 */
@NullMarked
package dev.backstride.motion.metrics;

import org.jspecify.annotations.NullMarked;
