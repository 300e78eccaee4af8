/**
 * Pelvis motion while running (PROTOCOL §7): from phone accelerometer and gyroscope samples worn at
 * the lower back to per-stride tilt, obliquity, rotation and cadence. This package is the module's API:
 * {@link dev.backstride.motion.PelvisAnalysis} runs the pipeline, {@link dev.backstride.motion.Motions}
 * stores and lists, and the report types other modules read. The pure engine's stages sit in
 * sub-packages in the order the data flows: {@code preparation}, {@code attitude}, {@code events},
 * {@code angles}, {@code metrics}; the report is assembled here. Readers ({@code csv}), pages and API
 * ({@code web}) and storage ({@code jdbc}) are adapters. None of the engine uses Spring or I/O.
 */
@NullMarked
package dev.backstride.motion;

import org.jspecify.annotations.NullMarked;
