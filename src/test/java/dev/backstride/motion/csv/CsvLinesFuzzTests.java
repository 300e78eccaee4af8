package dev.backstride.motion.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the tokenizer alone, on every line and field: {@link CsvLines#next},
 * header recognition, {@link CsvLines#text}, {@link CsvLines#number} and
 * {@link CsvLines#wholeNumber}. Contract: values or {@link ImuFormatException}, nothing else; a number
 * is never NaN or infinite; lines longer than the limit are refused, not buffered. The first input
 * byte picks the separator, the rest is the file; seeds are the real CSV files with a leading
 * {@code ,}.
 */
class CsvLinesFuzzTests {

	private static final byte[] SEPARATORS = { ',', '\t', ';' };

	@FuzzTest
	void csvFile(byte[] input) {
		if (input.length == 0) {
			return;
		}
		byte separator = SEPARATORS[Math.floorMod(input[0], SEPARATORS.length)];
		CsvLines lines = new CsvLines(new ByteArrayInputStream(input, 1, input.length - 1), "fuzz.csv", 512);
		try {
			if (!lines.next()) {
				return;
			}
			Header.recognise(lines);
			lines.separator(separator);
			lines.split();
			int rows = 0;
			do {
				if (lines.fieldCount() < 1 || lines.fieldCount() > 513) {
					throw new AssertionError(lines.fieldCount() + " fields in a line of at most 512 bytes");
				}
				for (int i = 0; i < lines.fieldCount(); i++) {
					lines.text(i);
					try {
						double value = lines.number(i, "c");
						if (!Double.isFinite(value)) {
							throw new AssertionError("number() gave " + value);
						}
					}
					catch (ImuFormatException expected) {
						// not a number: the documented refusal
					}
					try {
						lines.wholeNumber(i, "c");
					}
					catch (ImuFormatException expected) {
						// not a whole number
					}
				}
			}
			while (++rows < 10_000 && lines.next());
		}
		catch (ImuFormatException expected) {
			// an unclosed quote or an over-long line
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
