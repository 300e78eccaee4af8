package dev.backstride.motion.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstride.motion.RecordingInvariants;

/**
 * Coverage-guided fuzzing of the CSV side of {@link ImuFiles#read}: the fuzzer writes the files inside
 * the zip, not the zip's compressed bytes, so its mutations reach the tokenizer ({@link CsvLines}),
 * header recognition, the phyphox and Sensor Logger assembly and {@link Merge}. Same contract as
 * {@link ImuUploadFuzzTests}.
 * <p>
 * Input layout (plain text, so seeds are the real exports unpacked; see {@link #entries}): each file
 * starts with a line {@code >>> path/in/the/zip.csv} and runs to the next such line.
 */
class SensorExportFuzzTests {

	static final String MARK = ">>> ";

	@FuzzTest
	void sensorExport(byte[] input) {
		ImuReadResult result = ImuFiles.read("export.zip", new ByteArrayInputStream(zip(input)),
				ImuUploadFuzzTests.MAX_SAMPLES);
		switch (result) {
			case ImuReadResult.Read read -> {
				RecordingInvariants.check(read.recording());
				if (read.recording().size() > ImuUploadFuzzTests.MAX_SAMPLES) {
					throw new AssertionError("more samples than the cap: " + read.recording().size());
				}
			}
			case ImuReadResult.Unreadable unreadable -> {
				if (unreadable.reason().isBlank()) {
					throw new AssertionError("a refusal without a reason");
				}
			}
		}
	}

	/** Packs the input's files into a zip, as the apps export them; text before the first mark is ignored. */
	static byte[] zip(byte[] input) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(input.length + 512);
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Set<String> names = new HashSet<>();
			boolean open = false;
			int line = 0;
			while (line < input.length) {
				int end = line;
				while (end < input.length && input[end] != '\n') {
					end++;
				}
				int next = Math.min(input.length, end + 1);
				if (isMark(input, line, end)) {
					String name = new String(input, line + MARK.length(), end - line - MARK.length(),
							StandardCharsets.UTF_8).strip();
					if (open) {
						zip.closeEntry();
					}
					open = !name.isEmpty() && name.length() < 1000 && names.size() < 16 && names.add(name);
					if (open) {
						zip.putNextEntry(new ZipEntry(name));
					}
				}
				else if (open) {
					zip.write(input, line, next - line);
				}
				line = next;
			}
			if (open) {
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static boolean isMark(byte[] input, int from, int to) {
		if (to - from < MARK.length()) {
			return false;
		}
		for (int k = 0; k < MARK.length(); k++) {
			if (input[from + k] != MARK.charAt(k)) {
				return false;
			}
		}
		return true;
	}

}
