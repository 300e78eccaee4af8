package dev.backstride.runs.fileimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.backstride.runs.fileimport.RealFiles.RealFile;

/**
 * A generated Strava-style bulk export for benchmarks and kill tests: {@code activities.csv} and
 * {@code activities/<id>.fit.gz} (every other one plain {@code .fit}), the real FIT runs of
 * src/test/resources/running repeated in turn, each copy moved {@code n} days later (every time in
 * the file shifted, the checksum made right again) so that no two runs are duplicates.
 */
public final class StravaArchives {

	private static final long DAY = 86_400;

	private StravaArchives() {
	}

	/** The real FIT runs as plain bytes. */
	static List<byte[]> fitRuns() {
		return RealFiles.runs().stream().filter((f) -> f.path().endsWith(".fit")).map(RealFile::bytes).toList();
	}

	/** Writes an archive of {@code runs} runs to {@code file}, streaming (never whole in memory). */
	public static Path write(Path file, int runs) {
		List<byte[]> real = fitRuns();
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			StringBuilder csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Filename\n");
			for (int n = 0; n < runs; n++) {
				String name = "activities/" + (1_000_000 + n) + (n % 2 == 0 ? ".fit.gz" : ".fit");
				byte[] fit = shift(real.get(n % real.size()), n * DAY);
				zip.putNextEntry(new ZipEntry(name));
				zip.write(n % 2 == 0 ? gzip(fit) : fit);
				zip.closeEntry();
				csv.append(1_000_000 + n).append(",\"Jan 1, 2020, 7:00:00 AM\",Morning Run,Run,").append(name).append('\n');
			}
			zip.putNextEntry(new ZipEntry("activities.csv"));
			zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** The FIT file with every timestamp and session/lap start moved by {@code seconds}. */
	static byte[] shift(byte[] fit, long seconds) {
		byte[] copy = fit.clone();
		try {
			FitDecoder.decode(fit, (m) -> {
				shiftField(copy, m, FitMessage.TIMESTAMP, seconds);
				if (m.global() == FitProfile.SESSION || m.global() == 19) {
					shiftField(copy, m, FitProfile.SESSION_START_TIME, seconds);
				}
			});
		}
		catch (FitDecoder.Damaged ex) {
			throw new IllegalArgumentException(ex.getMessage());
		}
		int at = 0;
		while (at < copy.length) {
			int end = (int) (at + copy[at] + FitBaseTypes.littleEndian(copy, at + 4, 4) + 2);
			int crc = FitCrc.of(copy, at, end - 2);
			copy[end - 2] = (byte) crc;
			copy[end - 1] = (byte) (crc >>> 8);
			at = end;
		}
		return copy;
	}

	private static void shiftField(byte[] copy, FitMessage m, int field, long seconds) {
		int at = m.at(field);
		if (at < 0 || Double.isNaN(m.number(field)) || m.number(field) < FitReader.FIRST_REAL_TIME) {
			return;
		}
		long value = (long) m.number(field) + seconds;
		for (int i = 0; i < 4; i++) {
			copy[at + (m.bigEndian() ? 3 - i : i)] = (byte) (value >>> (8 * i));
		}
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

}
