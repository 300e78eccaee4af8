package dev.backstride.runs.fileimport;

import java.util.Arrays;

/**
 * One definition message of a FIT file: which global message its data messages carry, their byte
 * order, and each field's number, size, base type and place in the message. Developer fields are
 * counted into the length and otherwise passed over.
 */
final class FitDefinition {

	private static final int FIELD_BYTES = 3;

	final int global;

	final boolean bigEndian;

	/** Bytes of one data message after its header. */
	final int length;

	/** Bytes of this definition message after its header. */
	final int definitionLength;

	private final short[] slot;

	private final int[] offset;

	private final int[] size;

	private final int[] type;

	private FitDefinition(int global, boolean bigEndian, short[] slot, int[] offset, int[] size, int[] type, int length,
			int definitionLength) {
		this.global = global;
		this.bigEndian = bigEndian;
		this.slot = slot;
		this.offset = offset;
		this.size = size;
		this.type = type;
		this.length = length;
		this.definitionLength = definitionLength;
	}

	/** Reads the definition that starts at {@code at} (after its record header) and must end by {@code end}. */
	static FitDefinition read(byte[] bytes, int at, int end, boolean developerFields) throws FitDecoder.Damaged {
		need(at + 5, end);
		int architecture = bytes[at + 1] & 0xFF;
		if (architecture > 1) {
			throw new FitDecoder.Damaged(FitDecoder.MALFORMED);
		}
		boolean big = architecture == 1;
		int global = (int) (big ? FitBaseTypes.bigEndian(bytes, at + 2, 2) : FitBaseTypes.littleEndian(bytes, at + 2, 2));
		int fields = bytes[at + 4] & 0xFF;
		int p = at + 5;
		need(p + fields * FIELD_BYTES, end);
		int developerAt = p + fields * FIELD_BYTES;
		int developer = 0;
		int developerBytes = 0;
		if (developerFields) {
			need(developerAt + 1, end);
			developer = bytes[developerAt] & 0xFF;
			need(developerAt + 1 + developer * FIELD_BYTES, end);
			for (int i = 0; i < developer; i++) {
				developerBytes += bytes[developerAt + 1 + i * FIELD_BYTES + 1] & 0xFF;
			}
		}
		int definitionLength = 5 + fields * FIELD_BYTES + (developerFields ? 1 + developer * FIELD_BYTES : 0);
		short[] slot = new short[256];
		Arrays.fill(slot, (short) -1);
		int[] offset = new int[fields];
		int[] size = new int[fields];
		int[] type = new int[fields];
		int length = 0;
		for (int i = 0; i < fields; i++, p += FIELD_BYTES) {
			int fieldSize = bytes[p + 1] & 0xFF;
			if (fieldSize == 0) {
				throw new FitDecoder.Damaged(FitDecoder.MALFORMED);
			}
			offset[i] = length;
			size[i] = fieldSize;
			type[i] = FitBaseTypes.number(bytes[p + 2] & 0xFF);
			slot[bytes[p] & 0xFF] = (short) i;
			length += fieldSize;
		}
		return new FitDefinition(global, big, slot, offset, size, type, length + developerBytes, definitionLength);
	}

	private static void need(int upTo, int end) throws FitDecoder.Damaged {
		if (upTo > end) {
			throw new FitDecoder.Damaged(FitDecoder.CUT_SHORT);
		}
	}

	/** The field's index in this definition, or -1 when the messages do not carry it. */
	int indexOf(int fieldNumber) {
		return this.slot[fieldNumber];
	}

	int offset(int index) {
		return this.offset[index];
	}

	int size(int index) {
		return this.size[index];
	}

	int type(int index) {
		return this.type[index];
	}

}
