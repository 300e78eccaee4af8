package dev.backstride.motion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Recordings for tests outside the analysis: synthetic runs from {@link SyntheticRun}, written as the
 * recorder's JSON or as a Sensor Logger (Android) export zip.
 */
public final class MotionSamples {

	private static final long EPOCH_NANOS = 1_760_000_000_000_000_000L;

	private MotionSamples() {
	}

	/** Forty seconds of running at 100 Hz with a random phone mounting: plenty of strides. */
	public static ImuRecording aRun(long seed) {
		return SyntheticRun.aRun(seed).build().recording();
	}

	/** A run with standing before it, so the report lists a stretch left out. */
	public static ImuRecording aRunAfterStanding(long seed) {
		return SyntheticRun.aRun(seed).standingFirst(8).build().recording();
	}

	/** Ten seconds of running: too few strides to measure. */
	public static ImuRecording aShortRun(long seed) {
		return SyntheticRun.aRun(seed).runningSeconds(10).build().recording();
	}

	/** The recorder's JSON: {@code {"t": [...], "acc": [[x,y,z]...], "gyro": [[x,y,z]...]}}. */
	public static String json(ImuRecording r) {
		StringBuilder json = new StringBuilder(r.size() * 120).append("{\"t\":[");
		for (int i = 0; i < r.size(); i++) {
			json.append(i == 0 ? "" : ",").append(number(r.t()[i]));
		}
		json.append("],\"acc\":");
		triples(json, r.ax(), r.ay(), r.az());
		json.append(",\"gyro\":");
		triples(json, r.gx(), r.gy(), r.gz());
		return json.append('}').toString();
	}

	/** A Sensor Logger export from an Android phone: Metadata, TotalAcceleration and Gyroscope CSVs. */
	public static byte[] sensorLoggerZip(ImuRecording r) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "Metadata.csv", "version,device name,recording epoch time,platform,standardisation\n"
					+ "3,Test phone,1760000000000,android,false\n");
			entry(zip, "TotalAcceleration.csv", sensorCsv(r.t(), r.ax(), r.ay(), r.az()));
			entry(zip, "Gyroscope.csv", sensorCsv(r.t(), r.gx(), r.gy(), r.gz()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private static String sensorCsv(double[] t, double[] x, double[] y, double[] z) {
		StringBuilder csv = new StringBuilder(t.length * 80).append("time,seconds_elapsed,z,y,x\n");
		for (int i = 0; i < t.length; i++) {
			long ns = EPOCH_NANOS + Math.round(t[i] * 1e9);
			csv.append(ns).append(',').append(number(t[i] - t[0])).append(',').append(number(z[i])).append(',')
				.append(number(y[i])).append(',').append(number(x[i])).append('\n');
		}
		return csv.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void triples(StringBuilder json, double[] x, double[] y, double[] z) {
		json.append('[');
		for (int i = 0; i < x.length; i++) {
			json.append(i == 0 ? "[" : ",[").append(number(x[i])).append(',').append(number(y[i])).append(',')
				.append(number(z[i])).append(']');
		}
		json.append(']');
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.6f", v);
	}

}
