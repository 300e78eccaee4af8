package dev.backstride.motion.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A small streaming CSV tokenizer over bytes: one line at a time, fields split on a single-byte
 * separator, double quotes honoured, numbers parsed straight from the bytes without building
 * strings. Never holds more than one line; lines longer than a limit are refused rather than
 * buffered.
 */
final class CsvLines {

	private static final int CHUNK = 64 * 1024;

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
			1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private final InputStream in;

	private final String source;

	private final int maxLineLength;

	private final byte[] chunk = new byte[CHUNK];

	private int chunkPos;

	private int chunkLimit;

	private boolean eof;

	private byte[] line = new byte[256];

	private int lineLength;

	private long lineNumber;

	private int[] fieldStart = new int[16];

	private int[] fieldEnd = new int[16];

	private boolean[] fieldQuoted = new boolean[16];

	private int fieldCount;

	private byte separator = ',';

	CsvLines(InputStream in, String source, int maxLineLength) {
		this.in = in;
		this.source = source;
		this.maxLineLength = maxLineLength;
	}

	String source() {
		return this.source;
	}

	/** One-based number of the current line in the file, counting blank lines. */
	long lineNumber() {
		return this.lineNumber;
	}

	void separator(byte separator) {
		this.separator = separator;
	}

	byte separator() {
		return this.separator;
	}

	/**
	 * Moves to the next line that is not blank and splits it on the current separator.
	 * @return false at the end of the input
	 */
	boolean next() throws IOException, ImuFormatException {
		while (readLine()) {
			if (!isBlank()) {
				split();
				return true;
			}
		}
		return false;
	}

	/** Splits the current line again, e.g. after choosing another separator. */
	void split() throws ImuFormatException {
		this.fieldCount = 0;
		int i = 0;
		int n = this.lineLength;
		byte[] b = this.line;
		while (true) {
			while (i < n && b[i] == ' ') {
				i++;
			}
			int start;
			int end;
			boolean quoted = false;
			if (i < n && b[i] == '"') {
				quoted = true;
				start = ++i;
				while (true) {
					if (i >= n) {
						throw new ImuFormatException(where() + "a quoted field is not closed.");
					}
					if (b[i] == '"') {
						if (i + 1 < n && b[i + 1] == '"') {
							i += 2;
							continue;
						}
						break;
					}
					i++;
				}
				end = i++;
				while (i < n && b[i] != this.separator) {
					i++;
				}
			}
			else {
				start = i;
				while (i < n && b[i] != this.separator) {
					i++;
				}
				end = i;
				while (end > start && (b[end - 1] == ' ')) {
					end--;
				}
			}
			addField(start, end, quoted);
			if (i >= n) {
				return;
			}
			i++;
		}
	}

	int fieldCount() {
		return this.fieldCount;
	}

	/** The field's text, without quotes, trimmed. */
	String text(int field) {
		String s = new String(this.line, this.fieldStart[field], this.fieldEnd[field] - this.fieldStart[field],
				StandardCharsets.UTF_8);
		return this.fieldQuoted[field] ? s.replace("\"\"", "\"").trim() : s;
	}

	/**
	 * A finite decimal number; a decimal comma is accepted when the separator is not a comma.
	 * @param column the column's name, for the error message
	 */
	double number(int field, String column) throws ImuFormatException {
		if (field >= this.fieldCount) {
			throw missing(column);
		}
		double value = parseDouble(this.fieldStart[field], this.fieldEnd[field]);
		if (Double.isNaN(value)) {
			throw notANumber(field, column);
		}
		return value;
	}

	/** A whole number, such as nanoseconds since the epoch. */
	long wholeNumber(int field, String column) throws ImuFormatException {
		if (field >= this.fieldCount) {
			throw missing(column);
		}
		int s = this.fieldStart[field];
		int e = this.fieldEnd[field];
		boolean negative = s < e && this.line[s] == '-';
		int i = negative ? s + 1 : s;
		if (i < e && e - i <= 18) {
			long v = 0;
			for (; i < e; i++) {
				int d = this.line[i] - '0';
				if (d < 0 || d > 9) {
					break;
				}
				v = v * 10 + d;
			}
			if (i == e) {
				return negative ? -v : v;
			}
		}
		// rarer spellings such as 1.7e18 or 19 digits
		try {
			BigDecimal value = new BigDecimal(text(field));
			// digits before the point, from the exponent alone: rounding 1e99999999 would build a number
			// of a hundred million digits first
			long integerDigits = (long) value.precision() - value.scale();
			if (value.signum() == 0 || integerDigits < 0) {
				return 0;
			}
			if (integerDigits > 19) {
				throw notANumber(field, column);
			}
			return value.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw notANumber(field, column);
		}
	}

	private ImuFormatException missing(String column) {
		return new ImuFormatException(where() + "the value for '" + column + "' is missing (the line has only "
				+ this.fieldCount + " fields).");
	}

	private ImuFormatException notANumber(int field, String column) {
		String raw = text(field);
		if (raw.length() > 40) {
			raw = raw.substring(0, 40) + "…";
		}
		return new ImuFormatException(where() + "'" + raw + "' in column '" + column + "' is not a number.");
	}

	String where() {
		return "Line " + this.lineNumber + " of " + this.source + ": ";
	}

	private double parseDouble(int s, int e) {
		byte[] b = this.line;
		if (s >= e) {
			return Double.NaN;
		}
		int i = s;
		boolean negative = false;
		if (b[i] == '-' || b[i] == '+') {
			negative = b[i] == '-';
			i++;
		}
		long mantissa = 0;
		int digits = 0;
		int scale = 0;
		boolean any = false;
		boolean point = false;
		for (; i < e; i++) {
			byte c = b[i];
			if (c >= '0' && c <= '9') {
				any = true;
				if (digits < 18) {
					if (mantissa != 0 || c != '0') {
						digits++;
					}
					mantissa = mantissa * 10 + (c - '0');
					if (point) {
						scale--;
					}
				}
				else {
					return slowParse(s, e);
				}
			}
			else if (!point && (c == '.' || (c == ',' && this.separator != ','))) {
				point = true;
			}
			else {
				break;
			}
		}
		if (!any) {
			return Double.NaN;
		}
		if (i < e) {
			if (b[i] != 'e' && b[i] != 'E') {
				return Double.NaN;
			}
			i++;
			boolean negativeExponent = false;
			if (i < e && (b[i] == '-' || b[i] == '+')) {
				negativeExponent = b[i] == '-';
				i++;
			}
			if (i >= e) {
				return Double.NaN;
			}
			int exponent = 0;
			for (; i < e; i++) {
				int d = b[i] - '0';
				if (d < 0 || d > 9) {
					return Double.NaN;
				}
				if (exponent < 10000) {
					exponent = exponent * 10 + d;
				}
			}
			scale += negativeExponent ? -exponent : exponent;
		}
		double value;
		if (mantissa == 0) {
			value = 0;
		}
		else if (scale >= 0 && scale < POWERS_OF_TEN.length && mantissa < (1L << 53)) {
			value = mantissa * POWERS_OF_TEN[scale];
		}
		else if (scale < 0 && -scale < POWERS_OF_TEN.length && mantissa < (1L << 53)) {
			value = mantissa / POWERS_OF_TEN[-scale];
		}
		else {
			return slowParse(s, e);
		}
		if (Double.isInfinite(value)) {
			return Double.NaN;
		}
		return negative ? -value : value;
	}

	private double slowParse(int s, int e) {
		String text = new String(this.line, s, e - s, StandardCharsets.US_ASCII);
		if (this.separator != ',') {
			text = text.replace(',', '.');
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
				return Double.NaN;
			}
		}
		try {
			double value = Double.parseDouble(text);
			return Double.isInfinite(value) ? Double.NaN : value;
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	private void addField(int start, int end, boolean quoted) {
		if (this.fieldCount == this.fieldStart.length) {
			int size = this.fieldCount * 2;
			this.fieldStart = java.util.Arrays.copyOf(this.fieldStart, size);
			this.fieldEnd = java.util.Arrays.copyOf(this.fieldEnd, size);
			this.fieldQuoted = java.util.Arrays.copyOf(this.fieldQuoted, size);
		}
		this.fieldStart[this.fieldCount] = start;
		this.fieldEnd[this.fieldCount] = end;
		this.fieldQuoted[this.fieldCount] = quoted;
		this.fieldCount++;
	}

	private boolean isBlank() {
		for (int i = 0; i < this.lineLength; i++) {
			byte c = this.line[i];
			if (c != ' ' && c != '\t' && c != this.separator) {
				return false;
			}
		}
		return true;
	}

	private boolean readLine() throws IOException, ImuFormatException {
		this.lineLength = 0;
		boolean any = false;
		while (true) {
			if (this.chunkPos >= this.chunkLimit) {
				if (this.eof || !fill()) {
					if (any) {
						break;
					}
					return false;
				}
			}
			any = true;
			byte[] c = this.chunk;
			int i = this.chunkPos;
			int limit = this.chunkLimit;
			int startOfRun = i;
			while (i < limit && c[i] != '\n') {
				i++;
			}
			append(c, startOfRun, i - startOfRun);
			if (i < limit) {
				this.chunkPos = i + 1;
				break;
			}
			this.chunkPos = limit;
		}
		this.lineNumber++;
		if (this.lineLength > 0 && this.line[this.lineLength - 1] == '\r') {
			this.lineLength--;
		}
		if (this.lineNumber == 1 && this.lineLength >= 3 && (this.line[0] & 0xFF) == 0xEF
				&& (this.line[1] & 0xFF) == 0xBB && (this.line[2] & 0xFF) == 0xBF) {
			System.arraycopy(this.line, 3, this.line, 0, this.lineLength - 3);
			this.lineLength -= 3;
		}
		return true;
	}

	private void append(byte[] bytes, int offset, int length) throws ImuFormatException {
		int needed = this.lineLength + length;
		if (needed > this.maxLineLength) {
			throw new ImuFormatException("Line " + (this.lineNumber + 1) + " of " + this.source + " is longer than "
					+ this.maxLineLength + " characters; this is not a sensor export.");
		}
		if (needed > this.line.length) {
			this.line = java.util.Arrays.copyOf(this.line, Math.min(this.maxLineLength, Math.max(needed, this.line.length * 2)));
		}
		System.arraycopy(bytes, offset, this.line, this.lineLength, length);
		this.lineLength = needed;
	}

	private boolean fill() throws IOException {
		int n = this.in.read(this.chunk, 0, this.chunk.length);
		while (n == 0) {
			n = this.in.read(this.chunk, 0, this.chunk.length);
		}
		if (n < 0) {
			this.eof = true;
			this.chunkPos = 0;
			this.chunkLimit = 0;
			return false;
		}
		this.chunkPos = 0;
		this.chunkLimit = n;
		return true;
	}

}
