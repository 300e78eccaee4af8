/**
 * Pelvis motion while running (PROTOCOL §7): from phone accelerometer and gyroscope samples worn at
 * the lower back to per-stride tilt, obliquity, rotation and cadence. The analysis core is pure
 * maths with no Spring and no I/O; readers and pages sit in sub-packages.
 */
@NullMarked
package dev.backstride.motion;

import org.jspecify.annotations.NullMarked;
