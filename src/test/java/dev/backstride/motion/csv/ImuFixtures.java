package dev.backstride.motion.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Synthetic exports in the apps' documented layouts, made from a known signal so that tests can
 * check values after conversion and interpolation. {@link #main} writes the files under
 * {@code src/test/resources/motion/} (see the README there); tests also build variants in memory.
 * <p>
 * The signal, in Android's convention: a constant gravity {@link #GRAVITY} (phone tilted), a user
 * acceleration {@link #user} that varies, and a rotation rate {@link #gyro} that is linear in time so
 * that linear interpolation must reproduce it exactly.
 */
final class ImuFixtures {

	static final double G = 9.80665;

	/** Gravity in the phone frame, Android sign: |g| = 9.80665. */
	static final double[] GRAVITY = { 1.0, 2.0, Math.sqrt(G * G - 5.0) };

	/** Sensor Logger clock: nanoseconds since the epoch at which our time 0 falls. */
	static final long EPOCH_NANOS = 1_700_000_000_000_000_000L;

	private ImuFixtures() {
	}

	static double[] user(double t) {
		return new double[] { 0.5 * Math.sin(2 * Math.PI * t), 0.2 * t, -0.3 * Math.cos(2 * Math.PI * t) };
	}

	/** Acceleration including gravity, Android sign. */
	static double[] total(double t) {
		double[] u = user(t);
		return new double[] { GRAVITY[0] + u[0], GRAVITY[1] + u[1], GRAVITY[2] + u[2] };
	}

	static double[] gyro(double t) {
		return new double[] { 0.1 + 0.05 * t, -0.2, 0.5 - 0.02 * t };
	}

	/** 100 Hz acceleration over 5 s, starting 3 ms after time 0. */
	static double[] accelerationTimes() {
		double[] t = new double[500];
		for (int i = 0; i < t.length; i++) {
			t[i] = 0.003 + i * 0.01;
		}
		return t;
	}

	/** About 60 Hz gyroscope, starting 0.25 s late and stopping about 0.45 s early. */
	static double[] gyroscopeTimes() {
		double[] t = new double[260];
		for (int i = 0; i < t.length; i++) {
			t[i] = 0.25 + i * 0.016666667;
		}
		return t;
	}

	/** phyphox acceleration: about 100 Hz with jitter, as phone sensor events come. */
	static double[] phyphoxAccelerationTimes() {
		double[] t = new double[400];
		for (int i = 0; i < t.length; i++) {
			t[i] = 0.002 + i * 0.01 + 0.0004 * Math.sin(i);
		}
		return t;
	}

	/** phyphox gyroscope: 80 Hz. */
	static double[] phyphoxGyroscopeTimes() {
		double[] t = new double[300];
		for (int i = 0; i < t.length; i++) {
			t[i] = 0.1 + i * 0.0125;
		}
		return t;
	}

	static double[] plus(double[] times, double seconds) {
		return Arrays.stream(times).map(t -> t + seconds).toArray();
	}

	/** The acceleration times the reader should keep: those inside the gyroscope's span. */
	static double[] kept(double[] acceleration, double[] gyroscope) {
		double from = gyroscope[0];
		double to = gyroscope[gyroscope.length - 1];
		return Arrays.stream(acceleration).filter(t -> t >= from && t <= to).toArray();
	}

	// ---- Sensor Logger ----

	static String sensorLoggerMetadata(String platform, boolean standardisation) {
		return "version,device name,recording epoch time,recording time,recording timezone,platform,appVersion,"
				+ "device id,sensors,sampleRateMs,standardisation,platform version\n"
				+ "3," + (platform.equals("ios") ? "iPhone 13" : "Pixel 7")
				+ ",1699999999500,2023-11-14_22-13-19,Europe/Zurich," + platform + ",1.40.0,0f3c2a,"
				+ "Accelerometer|Gravity|Gyroscope|TotalAcceleration,10|10|10|10," + standardisation + ","
				+ (platform.equals("ios") ? "17.1" : "14") + "\n";
	}

	/** Sensor Logger's {@code time,seconds_elapsed,z,y,x} with the given signal, multiplied by sign. */
	static String sensorLoggerCsv(double[] times, java.util.function.DoubleFunction<double[]> signal, double sign) {
		StringBuilder csv = new StringBuilder("time,seconds_elapsed,z,y,x\n");
		for (double t : times) {
			long ns = EPOCH_NANOS + Math.round(t * 1e9);
			double[] v = signal.apply(t);
			csv.append(ns)
				.append(',')
				.append(plain((ns - (EPOCH_NANOS - 500_000_000L)) / 1e9))
				.append(',')
				.append(plain(sign * v[2]))
				.append(',')
				.append(plain(sign * v[1]))
				.append(',')
				.append(plain(sign * v[0]))
				.append('\n');
		}
		return csv.toString();
	}

	static byte[] sensorLoggerAndroid(boolean withGyroscope) {
		double[] acc = accelerationTimes();
		Zip zip = new Zip();
		zip.add("Metadata.csv", sensorLoggerMetadata("android", false));
		zip.add("Accelerometer.csv", sensorLoggerCsv(acc, ImuFixtures::user, 1));
		zip.add("Gravity.csv", sensorLoggerCsv(acc, t -> GRAVITY, 1));
		if (withGyroscope) {
			zip.add("Gyroscope.csv", sensorLoggerCsv(gyroscopeTimes(), ImuFixtures::gyro, 1));
		}
		zip.add("TotalAcceleration.csv", sensorLoggerCsv(acc, ImuFixtures::total, 1));
		zip.add("Magnetometer.csv", sensorLoggerCsv(gyroscopeTimes(), t -> new double[] { 20, -5, -40 }, 1));
		zip.add("Annotation.csv", "time,seconds_elapsed,text,millisecond_press_duration\n");
		return zip.bytes();
	}

	/** iOS: no TotalAcceleration; Accelerometer (without gravity) and Gravity with iOS's opposite sign. */
	static byte[] sensorLoggerIos(boolean standardisation) {
		double[] acc = accelerationTimes();
		double sign = standardisation ? 1 : -1;
		Zip zip = new Zip();
		zip.add("Accelerometer.csv", sensorLoggerCsv(acc, ImuFixtures::user, sign));
		zip.add("Gravity.csv", sensorLoggerCsv(acc, t -> GRAVITY, sign));
		zip.add("Gyroscope.csv", sensorLoggerCsv(gyroscopeTimes(), ImuFixtures::gyro, 1));
		zip.add("Metadata.csv", sensorLoggerMetadata("ios", standardisation));
		return zip.bytes();
	}

	// ---- phyphox ----

	/** One of phyphox's CSV variants: separator and decimal mark. */
	enum Variant {

		COMMA(',', '.'), TAB('\t', '.'), SEMICOLON_DECIMAL_COMMA(';', ',');

		final char separator;

		final char decimal;

		Variant(char separator, char decimal) {
			this.separator = separator;
			this.decimal = decimal;
		}

		DecimalFormat format(String pattern) {
			DecimalFormat format = (DecimalFormat) java.text.NumberFormat.getInstance(Locale.ENGLISH);
			format.applyPattern(pattern);
			DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
			symbols.setDecimalSeparator(this.decimal);
			format.setDecimalFormatSymbols(symbols);
			format.setGroupingUsed(false);
			return format;
		}

	}

	static String phyphoxCsv(Variant v, String[] names, double[] times, java.util.function.DoubleFunction<double[]> signal,
			double shift, boolean absolute) {
		DecimalFormat f = v.format("0.000000000E0");
		StringBuilder csv = new StringBuilder();
		for (int j = 0; j < names.length; j++) {
			csv.append('"').append(names[j]).append('"').append((j < names.length - 1) ? v.separator : '\n');
		}
		for (double t : times) {
			double[] s = signal.apply(t);
			csv.append(f.format(t - shift)).append(v.separator);
			csv.append(f.format(s[0])).append(v.separator).append(f.format(s[1])).append(v.separator).append(f.format(s[2]));
			if (absolute) {
				csv.append(v.separator).append(f.format(Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2])));
			}
			csv.append('\n');
		}
		return csv.toString();
	}

	static final String[] PHYPHOX_ACCELERATION = { "Time (s)", "Acceleration x (m/s^2)", "Acceleration y (m/s^2)",
			"Acceleration z (m/s^2)", "Absolute acceleration (m/s^2)" };

	static final String[] PHYPHOX_GYROSCOPE = { "Time (s)", "Gyroscope x (rad/s)", "Gyroscope y (rad/s)",
			"Gyroscope z (rad/s)", "Absolute (rad/s)" };

	static String phyphoxTime(Variant v, double systemStart) {
		DecimalFormat f = v.format("0.000000000E0");
		DecimalFormat seconds = v.format("############0.000");
		char s = v.separator;
		return "\"event\"" + s + "\"experiment time\"" + s + "\"system time\"" + s + "\"system time text\"\n"
				+ "\"START\"" + s + f.format(0) + s + seconds.format(systemStart) + s + "\"2023-11-14 22:13:20.000 UTC+01:00\"\n"
				+ "\"PAUSE\"" + s + f.format(5.2) + s + seconds.format(systemStart + 5.2) + s
				+ "\"2023-11-14 22:13:25.200 UTC+01:00\"\n";
	}

	static String phyphoxDevice(Variant v) {
		char s = v.separator;
		return "\"property\"" + s + "\"value\"\n\"version\"" + s + "\"1.1.16\"\n\"build\"" + s + "\"1011604\"\n"
				+ "\"fileFormat\"" + s + "\"1.16\"\n\"deviceModel\"" + s + "\"Pixel 7\"\n\"deviceBrand\"" + s
				+ "\"google\"\n";
	}

	/** One experiment with both sensors, exported as a zip: one CSV per set plus meta/. */
	static byte[] phyphox(Variant v) {
		Zip zip = new Zip();
		zip.add("Accelerometer.csv", phyphoxCsv(v, PHYPHOX_ACCELERATION, phyphoxAccelerationTimes(),
				ImuFixtures::total, 0, true));
		zip.add("Gyroscope.csv", phyphoxCsv(v, PHYPHOX_GYROSCOPE, phyphoxGyroscopeTimes(), ImuFixtures::gyro, 0, true));
		zip.add("meta/device.csv", phyphoxDevice(v));
		zip.add("meta/time.csv", phyphoxTime(v, 1700000000.0));
		return zip.bytes();
	}

	/**
	 * The "Acceleration with g" and "Gyroscope" experiments' exports unpacked into two folders and
	 * zipped together; the gyroscope experiment was started 0.4 s later, which its meta/time.csv says.
	 */
	static byte[] phyphoxTwoExperiments() {
		Variant v = Variant.COMMA;
		String acc = "Acceleration with g 2023-11-14 22-13-20/";
		String gyr = "Gyroscope 2023-11-14 22-13-20/";
		Zip zip = new Zip();
		zip.add(acc, null);
		zip.add(acc + "Raw Data.csv", phyphoxCsv(v, PHYPHOX_ACCELERATION, phyphoxAccelerationTimes(),
				ImuFixtures::total, 0, true));
		zip.add(acc + "meta/device.csv", phyphoxDevice(v));
		zip.add(acc + "meta/time.csv", phyphoxTime(v, 1700000000.0));
		zip.add(gyr + "Raw Data.csv", phyphoxCsv(v, PHYPHOX_GYROSCOPE, plus(phyphoxGyroscopeTimes(), 0.4),
				ImuFixtures::gyro, 0.4, true));
		zip.add(gyr + "meta/device.csv", phyphoxDevice(v));
		zip.add(gyr + "meta/time.csv", phyphoxTime(v, 1700000000.4));
		return zip.bytes();
	}

	// ---- broken files ----

	static byte[] truncated(byte[] zip) {
		return Arrays.copyOf(zip, zip.length * 6 / 10);
	}

	/** Sensor Logger Android export whose Gyroscope.csv has garbage on line 41. */
	static byte[] garbageNumber() {
		String gyroscope = sensorLoggerCsv(gyroscopeTimes(), ImuFixtures::gyro, 1);
		String[] lines = gyroscope.split("\n", -1);
		String[] fields = lines[40].split(",");
		fields[3] = "0.2x5";
		lines[40] = String.join(",", fields);
		Zip zip = new Zip();
		zip.add("Metadata.csv", sensorLoggerMetadata("android", false));
		zip.add("TotalAcceleration.csv", sensorLoggerCsv(accelerationTimes(), ImuFixtures::total, 1));
		zip.add("Gyroscope.csv", String.join("\n", lines));
		return zip.bytes();
	}

	/** phyphox export with a NaN cell on line 101 of Accelerometer.csv, as its padding writes. */
	static byte[] phyphoxNaN() {
		String acc = phyphoxCsv(Variant.COMMA, PHYPHOX_ACCELERATION, phyphoxAccelerationTimes(), ImuFixtures::total, 0,
				true);
		String[] lines = acc.split("\n", -1);
		String[] fields = lines[100].split(",");
		fields[1] = "NaN";
		lines[100] = String.join(",", fields);
		Zip zip = new Zip();
		zip.add("Accelerometer.csv", String.join("\n", lines));
		zip.add("Gyroscope.csv",
				phyphoxCsv(Variant.COMMA, PHYPHOX_GYROSCOPE, phyphoxGyroscopeTimes(), ImuFixtures::gyro, 0, true));
		return zip.bytes();
	}

	static String plain(double v) {
		return new BigDecimal(Double.toString(v)).toPlainString();
	}

	/** A small zip writer for fixtures. */
	static final class Zip {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final ZipOutputStream zip = new ZipOutputStream(this.bytes);

		void add(String name, String content) {
			try {
				ZipEntry entry = new ZipEntry(name);
				entry.setTime(1_700_000_000_000L);
				this.zip.putNextEntry(entry);
				if (content != null) {
					this.zip.write(content.getBytes(StandardCharsets.UTF_8));
				}
				this.zip.closeEntry();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		byte[] bytes() {
			try {
				this.zip.close();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return this.bytes.toByteArray();
		}

	}

	/** Writes the committed fixtures: {@code ImuFixtures <directory>}. */
	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "src/test/resources/motion");
		Files.createDirectories(dir);
		write(dir, "sensorlogger-android.zip", sensorLoggerAndroid(true));
		write(dir, "sensorlogger-ios.zip", sensorLoggerIos(false));
		write(dir, "sensorlogger-ios-standardised.zip", sensorLoggerIos(true));
		write(dir, "sensorlogger-only-accelerometer.zip", sensorLoggerAndroid(false));
		write(dir, "sensorlogger-truncated.zip", truncated(sensorLoggerAndroid(true)));
		write(dir, "sensorlogger-garbage-number.zip", garbageNumber());
		write(dir, "Gyroscope.csv", sensorLoggerCsv(gyroscopeTimes(), ImuFixtures::gyro, 1).getBytes(StandardCharsets.UTF_8));
		write(dir, "phyphox-comma.zip", phyphox(Variant.COMMA));
		write(dir, "phyphox-tab.zip", phyphox(Variant.TAB));
		write(dir, "phyphox-semicolon-decimal-comma.zip", phyphox(Variant.SEMICOLON_DECIMAL_COMMA));
		write(dir, "phyphox-two-experiments.zip", phyphoxTwoExperiments());
		write(dir, "phyphox-nan.zip", phyphoxNaN());
		write(dir, "wrong-header.csv", "timestamp;ax;ay;az;gx;gy;gz\n0;0.1;0.2;9.8;0;0;0\n".getBytes(StandardCharsets.UTF_8));
		write(dir, "empty.csv", new byte[0]);
	}

	private static void write(Path dir, String name, byte[] bytes) throws IOException {
		try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
			out.write(bytes);
		}
	}

}
