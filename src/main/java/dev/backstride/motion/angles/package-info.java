/**
 * Fourth stage: pelvis angles at every sample. The pelvis axes in the phone (up from gravity, forward
 * from the running, turned to the pelvis' own by {@link dev.backstride.motion.angles.TiltAxis}), then
 * tilt, obliquity and rotation decomposed rotation–obliquity–tilt (Baker 2001).
 */
@NullMarked
package dev.backstride.motion.angles;

import org.jspecify.annotations.NullMarked;
