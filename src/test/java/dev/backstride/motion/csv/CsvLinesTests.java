package dev.backstride.motion.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvLinesTests {

	@Test
	void splitsQuotedHeadersAndUnquotesDoubledQuotes() throws Exception {
		CsvLines lines = lines("\"Time (s)\",\"say \"\"hi\"\"\",plain\n");
		assertThat(lines.next()).isTrue();
		assertThat(lines.fieldCount()).isEqualTo(3);
		assertThat(lines.text(0)).isEqualTo("Time (s)");
		assertThat(lines.text(1)).isEqualTo("say \"hi\"");
		assertThat(lines.text(2)).isEqualTo("plain");
	}

	@Test
	void parsesPhyphoxScientificNotationExactlyAsJavaDoes() throws Exception {
		CsvLines lines = lines("9.806650000E0,-1.234567890E-3,2.5e+2,0.1,-0,123456789012345678901234\n");
		lines.next();
		assertThat(lines.number(0, "a")).isEqualTo(9.80665);
		assertThat(lines.number(1, "b")).isEqualTo(-1.234567890E-3);
		assertThat(lines.number(2, "c")).isEqualTo(250.0);
		assertThat(lines.number(3, "d")).isEqualTo(0.1);
		assertThat(lines.number(4, "e")).isEqualTo(0.0);
		assertThat(lines.number(5, "f")).isEqualTo(1.2345678901234568E23);
	}

	@Test
	void acceptsADecimalCommaWhenTheSeparatorIsNotAComma() throws Exception {
		CsvLines lines = lines("9,806650000E0;-0,5\n");
		lines.separator((byte) ';');
		lines.next();
		assertThat(lines.number(0, "a")).isEqualTo(9.80665);
		assertThat(lines.number(1, "b")).isEqualTo(-0.5);
	}

	@Test
	void readsNanosecondTimeStampsAsWholeNumbers() throws Exception {
		CsvLines lines = lines("1698501144401773000,1.7e18\n");
		lines.next();
		assertThat(lines.wholeNumber(0, "time")).isEqualTo(1698501144401773000L);
		assertThat(lines.wholeNumber(1, "time")).isEqualTo(1_700_000_000_000_000_000L);
	}

	/**
	 * Found by {@link CsvLinesFuzzTests} (its input {@code timeout-88fcace…}, a Sensor Logger time of
	 * {@code 1701e100000068}): rounding such a number to a whole number built a number of a hundred
	 * million digits first, holding a request thread for minutes. The timeout only keeps a regression
	 * from hanging the build; the answers are what is checked.
	 */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void refusesWholeNumbersWithHugeExponentsWithoutWorkingThemOut() throws Exception {
		CsvLines lines = lines("1e99999999,-4.5E99999999,1e-99999999,0e99999999,1.5e1,123456789e-3\n");
		lines.next();
		for (int field = 0; field < 2; field++) {
			int f = field;
			assertThatExceptionOfType(ImuFormatException.class).isThrownBy(() -> lines.wholeNumber(f, "time"))
				.withMessageContaining("is not a number");
		}
		assertThat(lines.wholeNumber(2, "time")).isZero();
		assertThat(lines.wholeNumber(3, "time")).isZero();
		assertThat(lines.wholeNumber(4, "time")).isEqualTo(15);
		assertThat(lines.wholeNumber(5, "time")).isEqualTo(123457);
	}

	@Test
	void refusesNaNInfinityAndGarbageWithTheLineNumber() throws Exception {
		CsvLines lines = lines("header\n\n1,NaN,Infinity,1.2.3,,1e\n");
		lines.next();
		lines.next();
		assertThat(lines.lineNumber()).isEqualTo(3);
		for (int i = 1; i <= 5; i++) {
			int field = i;
			assertThatExceptionOfType(ImuFormatException.class).isThrownBy(() -> lines.number(field, "c"))
				.withMessageStartingWith("Line 3 of test.csv: '");
		}
	}

	@Test
	void saysAMissingValueIsMissing() throws Exception {
		CsvLines lines = lines("1,2\n");
		lines.next();
		assertThatExceptionOfType(ImuFormatException.class).isThrownBy(() -> lines.number(4, "x"))
			.withMessage("Line 1 of test.csv: the value for 'x' is missing (the line has only 2 fields).");
	}

	@Test
	void handlesWindowsLineEndsAByteOrderMarkAndNoFinalNewline() throws Exception {
		CsvLines lines = lines("\uFEFFa,b\r\n1,2");
		assertThat(lines.next()).isTrue();
		assertThat(lines.text(0)).isEqualTo("a");
		assertThat(lines.next()).isTrue();
		assertThat(lines.number(1, "b")).isEqualTo(2.0);
		assertThat(lines.next()).isFalse();
	}

	private static CsvLines lines(String text) {
		return new CsvLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.csv", 4096);
	}

}
