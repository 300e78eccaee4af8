package dev.backstride.runs.fileimport;

/**
 * The FIT protocol's base types, as published: each field of a message carries a base-type byte whose
 * low five bits number the type (enum, sint8, uint8, sint16, uint16, sint32, uint32, string,
 * float32, float64, uint8z, uint16z, uint32z, byte, sint64, uint64, uint64z). Each type has one
 * value that means "not recorded": all ones for unsigned and byte types, the largest positive value
 * for signed ones, zero for the "z" types, all-ones bits for floats.
 */
final class FitBaseTypes {

	/** Bytes per value of each numbered base type; 1 for a type number the protocol does not define. */
	private static final int[] SIZE = { 1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8 };

	static final int ENUM = 0;

	static final int SINT8 = 1;

	static final int SINT16 = 3;

	static final int SINT32 = 5;

	static final int STRING = 7;

	static final int FLOAT32 = 8;

	static final int FLOAT64 = 9;

	static final int UINT8Z = 10;

	static final int UINT16Z = 11;

	static final int UINT32Z = 12;

	static final int SINT64 = 14;

	static final int UINT64Z = 16;

	private FitBaseTypes() {
	}

	/** The type's number (the base-type byte without its endian flag), or -1 for one the protocol does not define. */
	static int number(int baseTypeByte) {
		int n = baseTypeByte & 0x1F;
		return n < SIZE.length ? n : -1;
	}

	static int size(int number) {
		return number < 0 ? 1 : SIZE[number];
	}

	/**
	 * The first value of a field as a number, or {@code NaN} when it holds the type's invalid value,
	 * is shorter than one value of its type, or is a string or an undefined type.
	 */
	static double value(byte[] bytes, int at, int fieldSize, int number, boolean bigEndian) {
		if (number < 0 || number == STRING || fieldSize < SIZE[number]) {
			return Double.NaN;
		}
		int size = SIZE[number];
		long raw = bigEndian ? bigEndian(bytes, at, size) : littleEndian(bytes, at, size);
		return switch (number) {
			case FLOAT32 -> raw == 0xFFFF_FFFFL ? Double.NaN : Float.intBitsToFloat((int) raw);
			case FLOAT64 -> raw == -1L ? Double.NaN : Double.longBitsToDouble(raw);
			case SINT8, SINT16, SINT32, SINT64 -> signed(raw, size);
			case UINT8Z, UINT16Z, UINT32Z, UINT64Z -> raw == 0 ? Double.NaN : unsigned(raw);
			default -> raw == allOnes(size) ? Double.NaN : unsigned(raw);
		};
	}

	private static double signed(long raw, int size) {
		long max = allOnes(size) >>> 1;
		if (raw == max) {
			return Double.NaN;
		}
		int shift = 64 - 8 * size;
		return (raw << shift) >> shift;
	}

	private static double unsigned(long raw) {
		return raw >= 0 ? raw : Math.scalb((double) (raw >>> 1), 1) + (raw & 1);
	}

	private static long allOnes(int size) {
		return size == 8 ? -1L : (1L << (8 * size)) - 1;
	}

	static long littleEndian(byte[] bytes, int at, int size) {
		long value = 0;
		for (int i = size - 1; i >= 0; i--) {
			value = (value << 8) | (bytes[at + i] & 0xFF);
		}
		return value;
	}

	static long bigEndian(byte[] bytes, int at, int size) {
		long value = 0;
		for (int i = 0; i < size; i++) {
			value = (value << 8) | (bytes[at + i] & 0xFF);
		}
		return value;
	}

}
