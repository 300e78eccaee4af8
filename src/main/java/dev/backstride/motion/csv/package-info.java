/**
 * Readers for phone sensor-logger exports (Sensor Logger, phyphox) that produce an
 * {@link dev.backstride.motion.ImuRecording}. Plain Java, streaming, no CSV library.
 * <p>
 * Every reader normalises to one convention, Android's: axes fixed to the phone (x to the right of
 * the screen, y to its top edge, z out of the screen), acceleration in m/s² <em>including</em>
 * gravity with the sign of Android's {@code TYPE_ACCELEROMETER} (a phone lying face up at rest reads
 * z ≈ +9.81), rotation rate in rad/s, right-handed (counter-clockwise positive when looking down the
 * axis). See {@code docs/imu-formats.md}.
 * <p>
 * In the order the data flows: {@link dev.backstride.motion.csv.ImuFiles} opens the upload (a zip or one
 * CSV) within its limits, {@code CsvLines} and {@code Header} read and recognise each CSV, and one class
 * per app puts its files together: {@code SensorLoggerExport} and {@code PhyphoxExport}, which {@code Merge}
 * joins into one recording.
 */
@NullMarked
package dev.backstride.motion.csv;

import org.jspecify.annotations.NullMarked;
