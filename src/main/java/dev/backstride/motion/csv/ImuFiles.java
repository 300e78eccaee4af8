package dev.backstride.motion.csv;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import dev.backstride.limits.BoundedInput;
import org.jspecify.annotations.Nullable;

/**
 * The one way in: reads a Sensor Logger or phyphox export (a zip, or a single CSV) from a stream and
 * returns an {@link ImuReadResult}. Streams the input, never holding more than one line of text
 * and at most {@code maxSamples} samples per sensor; bad input gives
 * {@link ImuReadResult.Unreadable}, never an exception.
 * <p>
 * Formats, columns and conversions are described in {@code docs/imu-formats.md}.
 */
public final class ImuFiles {

	/** No sensor export has lines anywhere near this long. */
	static final int MAX_LINE_LENGTH = 4096;

	/** Bytes a sensor CSV may unpack to per sample (rows are about 100 bytes). */
	static final long MAX_BYTES_PER_SAMPLE = 512;

	/** Bytes that entries we do not read (photos, audio, other sensors) may unpack to, in total. */
	static final long MAX_IGNORED_BYTES = 512L * 1024 * 1024;

	/** Entries a zip may hold. */
	static final int MAX_ENTRIES = 100_000;

	private ImuFiles() {
	}

	/**
	 * Reads one uploaded file. The stream is read to the end of what is needed but not closed.
	 * @param fileName the name the file was uploaded under (used for single Sensor Logger CSVs and
	 * for messages); zip or CSV is told from the content, not the name
	 * @param in the file's bytes
	 * @param maxSamples the most samples any one sensor may have; longer recordings are refused as
	 * soon as the limit is passed
	 * @return the recording, or why it cannot be read
	 */
	public static ImuReadResult read(String fileName, InputStream in, long maxSamples) {
		return read(fileName, in, maxSamples, MAX_IGNORED_BYTES);
	}

	static ImuReadResult read(String fileName, InputStream in, long maxSamples, long maxIgnoredBytes) {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(in, "in");
		if (maxSamples < 2) {
			throw new IllegalArgumentException("maxSamples must be at least 2: " + maxSamples);
		}
		long samples = Math.min(maxSamples, Integer.MAX_VALUE - 16);
		Reading reading = new Reading(baseName(fileName), samples, maxIgnoredBytes);
		try {
			return reading.read(in);
		}
		catch (ImuFormatException ex) {
			return new ImuReadResult.Unreadable(Objects.requireNonNullElse(ex.getMessage(), "Unreadable file."));
		}
		catch (LimitException ex) {
			return new ImuReadResult.Unreadable(Objects.requireNonNullElse(ex.getMessage(), "File too large."));
		}
		catch (ZipException | EOFException ex) {
			return new ImuReadResult.Unreadable("The zip file is truncated or corrupt (" + ex.getMessage()
					+ "); export it again from the app.");
		}
		catch (IOException ex) {
			return new ImuReadResult.Unreadable("The file could not be read: " + ex.getMessage());
		}
	}

	static String baseName(String path) {
		int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
		return path.substring(slash + 1);
	}

	/** State of one read: what was found so far. */
	private static final class Reading {

		private final String fileName;

		private final long maxSamples;

		private final long maxIgnoredBytes;

		private final List<SensorTable> tables = new ArrayList<>();

		private final List<String> unrecognised = new ArrayList<>();

		private int unrecognisedCount;

		private final List<String> warnings = new ArrayList<>();

		private final SensorLoggerExport sensorLogger = new SensorLoggerExport();

		private final PhyphoxExport phyphox = new PhyphoxExport();

		private @Nullable Long originNanos;

		private long ignoredBytes;

		Reading(String fileName, long maxSamples, long maxIgnoredBytes) {
			this.fileName = fileName;
			this.maxSamples = maxSamples;
			this.maxIgnoredBytes = maxIgnoredBytes;
		}

		ImuReadResult read(InputStream raw) throws IOException, ImuFormatException {
			BufferedInputStream in = new BufferedInputStream(raw, 8192);
			in.mark(4);
			byte[] magic = in.readNBytes(4);
			in.reset();
			if (magic.length == 0) {
				throw new ImuFormatException("The file " + this.fileName + " is empty.");
			}
			if (magic.length >= 2 && magic[0] == 'P' && magic[1] == 'K') {
				if (magic.length == 4 && magic[2] == 3 && magic[3] == 4) {
					return readZip(in);
				}
				if (magic.length == 4 && magic[2] == 5 && magic[3] == 6) {
					throw new ImuFormatException("The zip file " + this.fileName + " is empty.");
				}
				throw new ImuFormatException("The zip file " + this.fileName
						+ " is truncated or corrupt (it does not start with a file entry); export it again from the app.");
			}
			return readSingleCsv(in);
		}

		private ImuReadResult readSingleCsv(InputStream in) throws IOException, ImuFormatException {
			CsvLines lines = new CsvLines(in, this.fileName, MAX_LINE_LENGTH);
			if (!lines.next()) {
				throw new ImuFormatException("The file " + this.fileName + " is empty.");
			}
			Header header = Header.recognise(lines);
			if (header == null) {
				throw new ImuFormatException("The file " + this.fileName + " is not a recording from Sensor Logger or"
						+ " phyphox: upload the zip file the app exports after a recording.");
			}
			String found = switch (header.kind()) {
				case SENSOR_LOGGER_XYZ -> "This is a single Sensor Logger CSV (" + this.fileName
						+ "), which holds one sensor.";
				case PHYPHOX_ACCELERATION -> "This is phyphox acceleration data alone; the gyroscope is missing.";
				case PHYPHOX_GYROSCOPE -> "This is phyphox gyroscope data alone; the acceleration is missing.";
				case PHYPHOX_LINEAR_ACCELERATION -> "This is phyphox \"Linear Acceleration\", which excludes gravity.";
				default -> "This is a metadata file (" + this.fileName + "), not sensor data.";
			};
			throw new ImuFormatException(found
					+ " The analysis needs acceleration including gravity and rotation rate from the same run: upload"
					+ " the zip export (Sensor Logger: Gyroscope.csv with TotalAcceleration.csv, or with Accelerometer.csv"
					+ " and Gravity.csv; phyphox: \"Acceleration with g\" and \"Gyroscope\").");
		}

		private ImuReadResult readZip(InputStream in) throws IOException, ImuFormatException {
			ZipInputStream zip = new ZipInputStream(in);
			int entries = 0;
			while (true) {
				ZipEntry entry;
				try {
					entry = zip.getNextEntry();
				}
				catch (IllegalArgumentException ex) {
					throw new ZipException("unreadable entry name");
				}
				if (entry == null) {
					break;
				}
				if (++entries > MAX_ENTRIES) {
					throw new ImuFormatException("The zip file holds more than " + MAX_ENTRIES
							+ " entries; this is not a sensor export.");
				}
				String path = entry.getName().replace('\\', '/');
				String base = baseName(path);
				boolean csv = !entry.isDirectory() && base.toLowerCase(Locale.ROOT).endsWith(".csv")
						&& !base.startsWith("._") && !path.startsWith("__MACOSX/") && !path.contains("/__MACOSX/");
				if (csv) {
					long cap = 1024 + this.maxSamples * MAX_BYTES_PER_SAMPLE;
					try {
						readEntry(path, BoundedInput.keepingOpen(zip, cap));
					}
					catch (BoundedInput.TooLarge ex) {
						throw new LimitException("The file " + path + " in the zip unpacks to more than " + cap
								+ " bytes, far more than " + this.maxSamples + " samples need; this is not a sensor export.");
					}
				}
				skipIgnored(zip);
				zip.closeEntry();
			}
			if (entries == 0) {
				throw new ImuFormatException("The zip file " + this.fileName + " holds no files.");
			}
			return assemble();
		}

		/** Reads the rest of an entry we do not use, counting what it unpacks to. */
		private void skipIgnored(InputStream zip) throws IOException {
			byte[] sink = new byte[8192];
			int n;
			while ((n = zip.read(sink)) >= 0) {
				this.ignoredBytes += n;
				if (this.ignoredBytes > this.maxIgnoredBytes) {
					throw new LimitException("The zip file unpacks to more than " + this.maxIgnoredBytes
							+ " bytes besides the sensor files; export only the motion sensors.");
				}
			}
		}

		private void readEntry(String path, InputStream in) throws IOException, ImuFormatException {
			CsvLines lines = new CsvLines(in, path, MAX_LINE_LENGTH);
			String role = SensorLoggerExport.role(baseName(path));
			if (!lines.next()) {
				if (!role.isEmpty()) {
					throw new ImuFormatException("The file " + path + " in the zip is empty.");
				}
				return;
			}
			Header header = Header.recognise(lines);
			if (header == null) {
				this.unrecognisedCount++;
				if (this.unrecognised.size() < SensorTable.PATHS_SHOWN) {
					this.unrecognised.add(SensorTable.clip(path));
				}
				return;
			}
			switch (header.kind()) {
				case SENSOR_LOGGER_XYZ -> {
					if (!role.isEmpty()) {
						this.tables.add(new SensorTable(path, header.kind(), role, series(path, lines, header)));
					}
				}
				case PHYPHOX_ACCELERATION, PHYPHOX_GYROSCOPE, PHYPHOX_LINEAR_ACCELERATION ->
					this.tables.add(new SensorTable(path, header.kind(), "", series(path, lines, header)));
				case SENSOR_LOGGER_METADATA -> this.sensorLogger.readMetadata(lines, header);
				case PHYPHOX_TIME -> this.phyphox.readTime(path, lines, header);
				case PHYPHOX_DEVICE -> {
				}
			}
		}

		private Series series(String path, CsvLines lines, Header header) throws IOException, ImuFormatException {
			Series.Builder builder = new Series.Builder(path, this.maxSamples);
			int time = header.timeColumn();
			String timeName = header.timeName();
			String xName = header.names().get(header.x());
			String yName = header.names().get(header.y());
			String zName = header.names().get(header.z());
			boolean nanos = header.nanoseconds();
			while (lines.next()) {
				double t;
				if (nanos) {
					long ns = lines.wholeNumber(time, timeName);
					Long origin = this.originNanos;
					if (origin == null) {
						origin = ns;
						this.originNanos = origin;
					}
					t = (ns - origin) / 1e9;
				}
				else {
					t = lines.number(time, timeName);
				}
				builder.add(t, lines.number(header.x(), xName), lines.number(header.y(), yName),
						lines.number(header.z(), zName), lines);
			}
			if (builder.size() == 0) {
				throw new ImuFormatException("The file " + path + " has a header but no samples.");
			}
			if (builder.dropped() > 0) {
				this.warnings.add("Dropped " + builder.dropped() + " samples of " + path
						+ " whose time stamp repeated or went backwards.");
			}
			return builder.build();
		}

		private ImuReadResult assemble() throws ImuFormatException {
			List<SensorTable> phyphox = this.tables.stream().filter(t -> t.kind() != Header.Kind.SENSOR_LOGGER_XYZ).toList();
			List<SensorTable> sensorLogger = this.tables.stream()
				.filter(t -> t.kind() == Header.Kind.SENSOR_LOGGER_XYZ)
				.toList();
			if (!phyphox.isEmpty()
					&& (sensorLogger.isEmpty() || SensorTable.has(phyphox, Header.Kind.PHYPHOX_ACCELERATION))) {
				return this.phyphox.assemble(phyphox, this.warnings);
			}
			if (!sensorLogger.isEmpty()) {
				return this.sensorLogger.assemble(sensorLogger, this.warnings);
			}
			String found = this.unrecognised.isEmpty() ? "it holds no sensor files"
					: "none of its files (" + String.join(", ", this.unrecognised)
							+ ((this.unrecognisedCount > this.unrecognised.size())
									? " and " + (this.unrecognisedCount - this.unrecognised.size()) + " more" : "")
							+ ") comes from those apps";
			throw new ImuFormatException("The zip file " + this.fileName + " is not a Sensor Logger or phyphox export: "
					+ found + "; export the recording again from the app.");
		}

	}

	/** A limit was passed; not a corrupt file, but one we will not read further. */
	private static final class LimitException extends IOException {

		private static final long serialVersionUID = 1L;

		LimitException(String message) {
			super(message);
		}

	}

}
