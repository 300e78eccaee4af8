package dev.backstride.runs.fileimport;

import java.io.ByteArrayOutputStream;

/**
 * Hand-made FIT files for tests: definitions in either byte order, data messages, compressed-time
 * headers, raw bytes, and a file header and CRC around them:
 * {@code FitBytes.file().define(0, 20, true, field(253, 4, 0x86)).data(0, ...).bytes()}.
 */
final class FitBytes {

	/** A field of a definition: its number, size in bytes and base-type byte. */
	record Field(int number, int size, int baseType) {
	}

	private final ByteArrayOutputStream data = new ByteArrayOutputStream();

	private boolean bigEndian;

	static FitBytes file() {
		return new FitBytes();
	}

	static Field field(int number, int size, int baseType) {
		return new Field(number, size, baseType);
	}

	FitBytes define(int local, int global, boolean bigEndian, Field... fields) {
		this.bigEndian = bigEndian;
		this.data.write(0x40 | local);
		this.data.write(0);
		this.data.write(bigEndian ? 1 : 0);
		writeNumber(global, 2);
		this.data.write(fields.length);
		for (Field f : fields) {
			this.data.write(f.number());
			this.data.write(f.size());
			this.data.write(f.baseType());
		}
		return this;
	}

	/** A data message with a normal header; each value is written in the size given before it. */
	FitBytes data(int local, long... sizesAndValues) {
		this.data.write(local);
		return values(sizesAndValues);
	}

	/** A data message with a compressed-time header (local type 0 to 3, 5 bits of time). */
	FitBytes compressed(int local, int timeOffset, long... sizesAndValues) {
		this.data.write(0x80 | (local << 5) | timeOffset);
		return values(sizesAndValues);
	}

	FitBytes raw(int... bytes) {
		for (int b : bytes) {
			this.data.write(b);
		}
		return this;
	}

	private FitBytes values(long... sizesAndValues) {
		for (int i = 0; i < sizesAndValues.length; i += 2) {
			writeNumber(sizesAndValues[i + 1], (int) sizesAndValues[i]);
		}
		return this;
	}

	private void writeNumber(long value, int size) {
		for (int i = 0; i < size; i++) {
			int shift = 8 * (this.bigEndian ? size - 1 - i : i);
			this.data.write((int) (value >>> shift) & 0xFF);
		}
	}

	/** The whole file: a 14-byte header with its CRC, the messages, the file CRC. */
	byte[] bytes() {
		byte[] body = this.data.toByteArray();
		byte[] file = new byte[14 + body.length + 2];
		file[0] = 14;
		file[1] = 0x20;
		file[2] = (byte) 0x08;
		file[3] = (byte) 0x52;
		for (int i = 0; i < 4; i++) {
			file[4 + i] = (byte) (body.length >>> (8 * i));
		}
		file[8] = '.';
		file[9] = 'F';
		file[10] = 'I';
		file[11] = 'T';
		int headerCrc = FitCrc.of(file, 0, 12);
		file[12] = (byte) headerCrc;
		file[13] = (byte) (headerCrc >>> 8);
		System.arraycopy(body, 0, file, 14, body.length);
		int crc = FitCrc.of(file, 0, file.length - 2);
		file[file.length - 2] = (byte) crc;
		file[file.length - 1] = (byte) (crc >>> 8);
		return file;
	}

	/** Writes a correct file CRC over bytes changed after {@link #bytes()}. */
	static byte[] withCrc(byte[] file) {
		int crc = FitCrc.of(file, 0, file.length - 2);
		file[file.length - 2] = (byte) crc;
		file[file.length - 1] = (byte) (crc >>> 8);
		return file;
	}

}
