/**
 * Third stage: events in time. Foot contacts from vertical acceleration, running bouts, strides from left
 * contact to left contact (feet told apart by the sideways jolt at each contact), walking steps, and the
 * segments left out with the reason.
 */
@NullMarked
package dev.backstride.motion.events;

import org.jspecify.annotations.NullMarked;
