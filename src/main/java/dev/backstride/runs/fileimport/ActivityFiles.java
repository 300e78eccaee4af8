package dev.backstride.runs.fileimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import dev.backstride.limits.BoundedInput;
import dev.backstride.runs.ReadResult;

/**
 * One activity file, plain or gzipped, read by the reader its content calls for: a FIT header, a GPX
 * root or a TCX root (the name is only a hint, since exports rename freely). Unpacked content is
 * bounded by the same limit as the file itself, so a small {@code .gz} cannot unpack into gigabytes.
 */
public final class ActivityFiles {

	private static final int SNIFF_BYTES = 2048;

	private ActivityFiles() {
	}

	/** Whether a name looks like an activity file (an archive's other entries are passed over). */
	public static boolean looksLikeActivity(String name) {
		String n = plainName(name);
		return n.endsWith(".fit") || n.endsWith(".gpx") || n.endsWith(".tcx");
	}

	/** The name in lower case without a trailing {@code .gz}. */
	static String plainName(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
	}

	public static ReadResult read(byte[] bytes, long maxUnpackedBytes) {
		if (bytes.length == 0) {
			return new ReadResult.Rejected("The file is empty.");
		}
		try {
			boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
			if (!gzip) {
				return read(bytes);
			}
			try (InputStream in = BoundedInput.of(new GZIPInputStream(new ByteArrayInputStream(bytes), 65536),
					maxUnpackedBytes)) {
				return read(in.readAllBytes());
			}
		}
		catch (BoundedInput.TooLarge ex) {
			return new ReadResult.Rejected("The file is too large once unpacked: the limit is "
					+ maxUnpackedBytes / (1024 * 1024) + " MB.");
		}
		catch (IOException | UncheckedIOException ex) {
			return new ReadResult.Rejected("The file is damaged: its compressed data cannot be unpacked.");
		}
	}

	private static ReadResult read(byte[] bytes) {
		if (FitDecoder.isFit(bytes, 0)) {
			return FitReader.read(bytes);
		}
		String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		if (head.contains("<TrainingCenterDatabase")) {
			return TcxReader.read(new ByteArrayInputStream(bytes));
		}
		if (head.contains("<gpx")) {
			return GpxReader.read(new ByteArrayInputStream(bytes));
		}
		return new ReadResult.Rejected("It is not an activity file Backstride reads: send FIT, GPX or TCX files,"
				+ " or a zip of them.");
	}

}
