package dev.backstride.runs.fileimport;

/**
 * A view of one data message of a FIT file while the decoder hands it over: its global number, its
 * time and its fields' values with the profile's scale and offset applied. The decoder reuses the
 * view for the next message, so a listener takes what it needs before returning.
 */
final class FitMessage {

	/** The field number every message uses for its time (FIT profile, {@code timestamp}). */
	static final int TIMESTAMP = 253;

	private byte[] bytes = new byte[0];

	private int start;

	private FitDefinition definition;

	private long compressedTime = -1;

	void show(byte[] bytes, int start, FitDefinition definition, long compressedTime) {
		this.bytes = bytes;
		this.start = start;
		this.definition = definition;
		this.compressedTime = compressedTime;
	}

	int global() {
		return this.definition.global;
	}

	/**
	 * The message's time in seconds since the FIT epoch (1989-12-31T00:00:00Z) or below
	 * {@code 0x10000000} seconds since the device started: from a compressed-time header, else from
	 * its timestamp field; -1 when it has neither.
	 */
	long time() {
		if (this.compressedTime >= 0) {
			return this.compressedTime;
		}
		double t = number(TIMESTAMP);
		return Double.isNaN(t) ? -1 : (long) t;
	}

	/** The field's first value, or {@code NaN} when the message lacks it or holds the invalid value. */
	double number(int field) {
		int index = this.definition.indexOf(field);
		if (index < 0) {
			return Double.NaN;
		}
		return FitBaseTypes.value(this.bytes, this.start + this.definition.offset(index), this.definition.size(index),
				this.definition.type(index), this.definition.bigEndian);
	}

	/** The field's value in its unit: the stored number divided by {@code scale}, minus {@code offset}. */
	double number(int field, double scale, double offset) {
		return number(field) / scale - offset;
	}

	/**
	 * The field's bytes as one little-endian bit string (a field packing several values, such as
	 * {@code compressed_speed_distance}), or -1 when absent or every byte is 0xFF (not recorded).
	 */
	long bits(int field) {
		int index = this.definition.indexOf(field);
		if (index < 0) {
			return -1;
		}
		int size = Math.min(this.definition.size(index), 7);
		long bits = FitBaseTypes.littleEndian(this.bytes, this.start + this.definition.offset(index), size);
		return bits == (1L << (8 * size)) - 1 ? -1 : bits;
	}

	/** Where the field's bytes start in the file, or -1 when the message lacks it (for tools that rewrite a file). */
	int at(int field) {
		int index = this.definition.indexOf(field);
		return index < 0 ? -1 : this.start + this.definition.offset(index);
	}

	/** Whether the message's numbers are stored most significant byte first. */
	boolean bigEndian() {
		return this.definition.bigEndian;
	}

}
