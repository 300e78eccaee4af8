package dev.backstride.motion.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backstride.motion.ImuRecording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ImuFilesTests {

	private static final long LIMIT = 1_000_000;

	@Test
	void readsSensorLoggerAndroidTotalAccelerationWithTheGyroscopeInterpolatedOntoItsTimeLine() {
		ImuReadResult.Read read = read("sensorlogger-android.zip");
		assertThat(read.format()).isEqualTo("Sensor Logger (Android): TotalAcceleration.csv + Gyroscope.csv");
		assertMatchesSignal(read.recording(), ImuFixtures.kept(ImuFixtures.accelerationTimes(),
				ImuFixtures.gyroscopeTimes()), 1e-9);
	}

	@Test
	void trimsToTheOverlapAndSaysHowMuchWasDropped() {
		ImuReadResult.Read read = read("sensorlogger-android.zip");
		ImuRecording recording = read.recording();
		assertThat(recording.t()[0]).isZero();
		assertThat(recording.durationSeconds()).isCloseTo(4.31, within(0.011));
		assertThat(read.warnings()).anySatisfy((w) -> assertThat(w).startsWith("Kept only the 4.3 s where"));
	}

	@Test
	void convertsSensorLoggerIosAccelerometerPlusGravityToAndroidAxes() {
		ImuReadResult.Read read = read("sensorlogger-ios.zip");
		assertThat(read.format()).contains("iOS, axes converted to Android's")
			.contains("Accelerometer.csv + Gravity.csv + Gyroscope.csv");
		ImuRecording recording = read.recording();
		assertMatchesSignal(recording, ImuFixtures.kept(ImuFixtures.accelerationTimes(), ImuFixtures.gyroscopeTimes()),
				1e-9);
		assertThat(recording.az()[0]).as("face-up-ish phone reads +z").isGreaterThan(8.5);
	}

	@Test
	void leavesSensorLoggerIosSignsAloneWhenStandardiseUnitsAndFramesWasOn() {
		ImuReadResult.Read read = read("sensorlogger-ios-standardised.zip");
		assertThat(read.format()).doesNotContain("converted");
		assertMatchesSignal(read.recording(),
				ImuFixtures.kept(ImuFixtures.accelerationTimes(), ImuFixtures.gyroscopeTimes()), 1e-9);
	}

	@Test
	void warnsThatAxesAreAssumedAndroidWhenSensorLoggerMetadataIsMissing() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		double[] acc = ImuFixtures.accelerationTimes();
		zip.add("Accelerometer.csv", ImuFixtures.sensorLoggerCsv(acc, ImuFixtures::user, 1));
		zip.add("Gravity.csv", ImuFixtures.sensorLoggerCsv(acc, (t) -> ImuFixtures.GRAVITY, 1));
		zip.add("Gyroscope.csv", ImuFixtures.sensorLoggerCsv(ImuFixtures.gyroscopeTimes(), ImuFixtures::gyro, 1));
		ImuReadResult.Read read = (ImuReadResult.Read) ImuFiles.read("x.zip", stream(zip.bytes()), LIMIT);
		assertThat(read.warnings()).anySatisfy((w) -> assertThat(w).contains("platform is unknown; assumed Android"));
		assertMatchesSignal(read.recording(), ImuFixtures.kept(acc, ImuFixtures.gyroscopeTimes()), 1e-9);
	}

	@ParameterizedTest
	@ValueSource(strings = { "phyphox-comma.zip", "phyphox-tab.zip", "phyphox-semicolon-decimal-comma.zip" })
	void readsEachPhyphoxCsvVariant(String file) {
		ImuReadResult.Read read = read(file);
		assertThat(read.format()).isEqualTo("phyphox: Accelerometer.csv + Gyroscope.csv");
		assertMatchesSignal(read.recording(), ImuFixtures.kept(ImuFixtures.phyphoxAccelerationTimes(),
				ImuFixtures.phyphoxGyroscopeTimes()), 1e-7);
	}

	@Test
	void alignsTwoPhyphoxExperimentsInOneZipByTheirStartTimes() {
		ImuReadResult.Read read = read("phyphox-two-experiments.zip");
		assertThat(read.format()).contains("Acceleration with g").contains("Gyroscope 2023");
		assertMatchesSignal(read.recording(), ImuFixtures.kept(ImuFixtures.phyphoxAccelerationTimes(),
				ImuFixtures.plus(ImuFixtures.phyphoxGyroscopeTimes(), 0.4)), 1e-7);
	}

	@Test
	void ignoresMacOsResourceForksAndDirectoriesInTheZip() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("__MACOSX/", null);
		zip.add("__MACOSX/._Gyroscope.csv", "\u0000\u0005garbage");
		zip.add("run/", null);
		zip.add("run/Accelerometer.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.COMMA,
				ImuFixtures.PHYPHOX_ACCELERATION, ImuFixtures.phyphoxAccelerationTimes(), ImuFixtures::total, 0, false));
		zip.add("run/Gyroscope.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.COMMA, ImuFixtures.PHYPHOX_GYROSCOPE,
				ImuFixtures.phyphoxGyroscopeTimes(), ImuFixtures::gyro, 0, false));
		zip.add("../../etc/passwd", "root:x:0:0");
		ImuReadResult result = ImuFiles.read("run.zip", stream(zip.bytes()), LIMIT);
		assertThat(result).isInstanceOf(ImuReadResult.Read.class);
	}

	@Test
	void saysTheGyroscopeIsMissingFromASensorLoggerZip() {
		assertThat(unreadable("sensorlogger-only-accelerometer.zip"))
			.startsWith("The Sensor Logger export has no Gyroscope.csv")
			.contains("TotalAcceleration.csv");
	}

	@Test
	void saysTheGyroscopeIsMissingFromAPhyphoxZip() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("Raw Data.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.TAB, ImuFixtures.PHYPHOX_ACCELERATION,
				ImuFixtures.phyphoxAccelerationTimes(), ImuFixtures::total, 0, true));
		assertThat(unreadable(zip.bytes())).contains("acceleration but no gyroscope file");
	}

	@Test
	void refusesSensorLoggerAccelerometerWithoutGravity() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("Accelerometer.csv", ImuFixtures.sensorLoggerCsv(ImuFixtures.accelerationTimes(), ImuFixtures::user, 1));
		zip.add("Gyroscope.csv", ImuFixtures.sensorLoggerCsv(ImuFixtures.gyroscopeTimes(), ImuFixtures::gyro, 1));
		assertThat(unreadable(zip.bytes())).contains("acceleration without gravity");
	}

	@Test
	void refusesPhyphoxLinearAcceleration() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("Raw Data.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.COMMA, new String[] { "Time (s)",
				"Linear Acceleration x (m/s^2)", "Linear Acceleration y (m/s^2)", "Linear Acceleration z (m/s^2)" },
				ImuFixtures.phyphoxAccelerationTimes(), ImuFixtures::user, 0, false));
		zip.add("Gyro.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.COMMA, ImuFixtures.PHYPHOX_GYROSCOPE,
				ImuFixtures.phyphoxGyroscopeTimes(), ImuFixtures::gyro, 0, false));
		assertThat(unreadable(zip.bytes())).contains("\"Linear Acceleration\" excludes gravity");
	}

	@Test
	void namesTheLineOfAGarbageNumber() {
		assertThat(unreadable("sensorlogger-garbage-number.zip"))
			.isEqualTo("Line 41 of Gyroscope.csv: '0.2x5' in column 'y' is not a number.");
	}

	@Test
	void namesTheLineOfANaN() {
		assertThat(unreadable("phyphox-nan.zip"))
			.isEqualTo("Line 101 of Accelerometer.csv: 'NaN' in column 'Acceleration x (m/s^2)' is not a number.");
	}

	@Test
	void saysATruncatedZipIsTruncated() {
		assertThat(unreadable("sensorlogger-truncated.zip")).startsWith("The zip file is truncated or corrupt");
	}

	@Test
	void saysAZipThatIsNotAZipIsCorrupt() {
		assertThat(unreadable("PK\u0001\u0002rubbish".getBytes(StandardCharsets.ISO_8859_1)))
			.contains("truncated or corrupt");
	}

	@Test
	void saysAnEmptyFileIsEmpty() {
		assertThat(unreadable("empty.csv")).isEqualTo("The file empty.csv is empty.");
	}

	@Test
	void saysInOneSentenceThatAnUnknownFileIsNotARecording() {
		assertThat(unreadable("wrong-header.csv")).isEqualTo("The file wrong-header.csv is not a recording from"
				+ " Sensor Logger or phyphox: upload the zip file the app exports after a recording.");
	}

	@Test
	void explainsThatASingleSensorLoggerCsvIsNotEnough() {
		assertThat(unreadable("Gyroscope.csv")).startsWith("This is a single Sensor Logger CSV (Gyroscope.csv)")
			.contains("upload the zip export");
	}

	@Test
	void saysInOneSentenceThatAZipOfUnknownCsvsIsNotAnExport() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("data.csv", "a,b,c\n1,2,3\n");
		assertThat(unreadable(zip.bytes())).endsWith("is not a Sensor Logger or phyphox export: none of its files"
				+ " (data.csv) comes from those apps; export the recording again from the app.")
			.doesNotContain("a,b,c");
	}

	@Test
	void saysAnEmptyZipIsEmpty() {
		assertThat(unreadable(new ImuFixtures.Zip().bytes())).contains("is empty");
	}

	@Test
	void refusesSensorFilesThatDoNotOverlapInTime() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("TotalAcceleration.csv",
				ImuFixtures.sensorLoggerCsv(ImuFixtures.accelerationTimes(), ImuFixtures::total, 1));
		zip.add("Gyroscope.csv", ImuFixtures.sensorLoggerCsv(ImuFixtures.plus(ImuFixtures.gyroscopeTimes(), 60),
				ImuFixtures::gyro, 1));
		assertThat(unreadable(zip.bytes())).contains("do not overlap in time");
	}

	@Test
	void dropsRepeatedTimeStampsAndSaysSo() {
		String gyro = ImuFixtures.sensorLoggerCsv(ImuFixtures.gyroscopeTimes(), ImuFixtures::gyro, 1);
		String[] lines = gyro.split("\n");
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("TotalAcceleration.csv",
				ImuFixtures.sensorLoggerCsv(ImuFixtures.accelerationTimes(), ImuFixtures::total, 1));
		zip.add("Gyroscope.csv", gyro + lines[lines.length - 1] + "\n");
		ImuReadResult.Read read = (ImuReadResult.Read) ImuFiles.read("x.zip", stream(zip.bytes()), LIMIT);
		assertThat(read.warnings()).contains("Dropped 1 samples of Gyroscope.csv whose time stamp repeated or went backwards.");
	}

	@Test
	void convertsAccelerationInGToMetresPerSecondSquaredAndSaysSo() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		double[] acc = ImuFixtures.phyphoxAccelerationTimes();
		zip.add("a.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.COMMA, ImuFixtures.PHYPHOX_ACCELERATION, acc,
				(t) -> scale(ImuFixtures.total(t), 1 / ImuFixtures.G), 0, false));
		zip.add("g.csv", ImuFixtures.phyphoxCsv(ImuFixtures.Variant.COMMA, ImuFixtures.PHYPHOX_GYROSCOPE,
				ImuFixtures.phyphoxGyroscopeTimes(), ImuFixtures::gyro, 0, false));
		ImuReadResult.Read read = (ImuReadResult.Read) ImuFiles.read("x.zip", stream(zip.bytes()), LIMIT);
		assertThat(read.warnings()).anySatisfy((w) -> assertThat(w).contains("it is in g, not m/s²"));
		assertMatchesSignal(read.recording(), ImuFixtures.kept(acc, ImuFixtures.phyphoxGyroscopeTimes()), 1e-7);
	}

	@Test
	void refusesARecordingLongerThanTheLimit() {
		assertThat(unreadable(bytes("sensorlogger-android.zip"), 100))
			.startsWith("The recording is longer than 100 samples; the limit is 100 samples");
	}

	@Test
	void refusesAZipWhoseOtherEntriesUnpackToTooMuch() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("Camera/video.mp4", "0".repeat(100_000));
		ImuReadResult result = ImuFiles.read("x.zip", stream(zip.bytes()), LIMIT, 10_000);
		assertThat(((ImuReadResult.Unreadable) result).reason()).contains("besides the sensor files");
	}

	@Test
	void refusesASensorCsvThatUnpacksToFarMoreThanItsSamplesNeed() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		StringBuilder padded = new StringBuilder("time,seconds_elapsed,z,y,x\n");
		for (int i = 0; i < 200; i++) {
			padded.append("1700000000000000000,0.5,1,2,3").append(" ".repeat(3000)).append('\n');
		}
		zip.add("Gyroscope.csv", padded.toString());
		assertThat(unreadable(zip.bytes(), 100)).contains("unpacks to more than");
	}

	@Test
	void streamsTwoMillionGeneratedRowsThroughAPipeAndStopsAtTheLimit() throws Exception {
		long rows = 2_000_000;
		long[] written = new long[1];
		PipedInputStream in = new PipedInputStream(64 * 1024);
		PipedOutputStream out = new PipedOutputStream(in);
		Thread producer = new Thread(() -> {
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("TotalAcceleration.csv"));
				zip.write("time,seconds_elapsed,z,y,x\n".getBytes(StandardCharsets.US_ASCII));
				for (long i = 0; i < rows; i++) {
					long ns = ImuFixtures.EPOCH_NANOS + i * 10_000_000L;
					zip.write((ns + "," + (i / 100.0) + ",9.7,0.3,-0.2\n").getBytes(StandardCharsets.US_ASCII));
					written[0] = i + 1;
				}
				zip.closeEntry();
			}
			catch (IOException ex) {
				// the reader stopped early and closed the pipe: expected
			}
		});
		producer.start();
		ImuReadResult result;
		try (in) {
			result = ImuFiles.read("long.zip", in, 100_000);
		}
		producer.join(10_000);
		assertThat(result).isInstanceOf(ImuReadResult.Unreadable.class);
		assertThat(((ImuReadResult.Unreadable) result).reason())
			.startsWith("The recording is longer than 100000 samples; the limit is 100000 samples")
			.contains("TotalAcceleration.csv reaches it at line 100002");
		assertThat(written[0]).as("rows the producer got to write before the reader stopped").isLessThan(rows / 4);
	}

	@Test
	void refusesAnEndlessLineWithoutBufferingIt() {
		long[] served = new long[1];
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				served[0]++;
				return (served[0] > 2_000_000_000L) ? -1 : '7';
			}

			@Override
			public int read(byte[] b, int off, int len) {
				java.util.Arrays.fill(b, off, off + len, (byte) '7');
				served[0] += len;
				return len;
			}

		};
		ImuReadResult result = ImuFiles.read("endless.csv", endless, LIMIT);
		assertThat(((ImuReadResult.Unreadable) result).reason())
			.isEqualTo("Line 1 of endless.csv is longer than 4096 characters; this is not a sensor export.");
		assertThat(served[0]).isLessThan(1_000_000);
	}

	private static double[] scale(double[] v, double f) {
		return new double[] { v[0] * f, v[1] * f, v[2] * f };
	}

	/** Values after conversion and interpolation equal the known signal at each kept time. */
	static void assertMatchesSignal(ImuRecording recording, double[] keptTimes, double tolerance) {
		assertThat(recording.size()).isEqualTo(keptTimes.length);
		for (int i = 0; i < keptTimes.length; i++) {
			double t = keptTimes[i];
			assertThat(recording.t()[i]).isCloseTo(t - keptTimes[0], within(1e-8));
			double[] a = ImuFixtures.total(t);
			double[] g = ImuFixtures.gyro(t);
			assertThat(recording.ax()[i]).isCloseTo(a[0], within(tolerance * 10));
			assertThat(recording.ay()[i]).isCloseTo(a[1], within(tolerance * 10));
			assertThat(recording.az()[i]).isCloseTo(a[2], within(tolerance * 10));
			assertThat(recording.gx()[i]).isCloseTo(g[0], within(tolerance));
			assertThat(recording.gy()[i]).isCloseTo(g[1], within(tolerance));
			assertThat(recording.gz()[i]).isCloseTo(g[2], within(tolerance));
		}
	}

	private static ImuReadResult.Read read(String resource) {
		ImuReadResult result = ImuFiles.read(resource, stream(bytes(resource)), LIMIT);
		if (result instanceof ImuReadResult.Unreadable unreadable) {
			throw new AssertionError(unreadable.reason());
		}
		return (ImuReadResult.Read) result;
	}

	private static String unreadable(String resource) {
		ImuReadResult result = ImuFiles.read(resource, stream(bytes(resource)), LIMIT);
		assertThat(result).isInstanceOf(ImuReadResult.Unreadable.class);
		return ((ImuReadResult.Unreadable) result).reason();
	}

	private static String unreadable(byte[] bytes) {
		return unreadable(bytes, LIMIT);
	}

	private static String unreadable(byte[] bytes, long limit) {
		ImuReadResult result = ImuFiles.read("upload.zip", stream(bytes), limit);
		assertThat(result).isInstanceOf(ImuReadResult.Unreadable.class);
		return ((ImuReadResult.Unreadable) result).reason();
	}

	static byte[] bytes(String resource) {
		try (InputStream in = ImuFilesTests.class.getResourceAsStream("/motion/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

}
