package dev.backstride.runs.fileimport;

/**
 * Decodes FIT files as the protocol publishes them, straight from the bytes: a 12- or 14-byte file
 * header (".FIT", the data size, a header CRC when 14 bytes), then record headers (normal ones
 * carrying a definition or a data message; compressed-time ones carrying a data message and five
 * bits of its time), and a CRC over the whole file. Several files may be chained back to back; each
 * is checked and decoded in turn. Every read is bounds-checked and every step moves forward, so any
 * input ends in at most one pass with the messages handed to the listener or a {@link Damaged} reason.
 */
final class FitDecoder {

	static final String NOT_FIT = "The file is damaged or not a FIT file: its header cannot be read.";

	static final String BAD_CHECKSUM = "The file is damaged: its checksum does not match its contents.";

	static final String CUT_SHORT = "The file is damaged: it ends in the middle of its data.";

	static final String BROKEN_CHAIN = "The file is damaged: one of the FIT files chained in it is cut short or"
			+ " has a broken header.";

	static final String MALFORMED = "The file is damaged: one of its message definitions cannot be read.";

	static final String UNDEFINED = "The file is damaged: a message uses a definition the file never gave.";

	private static final int LOCAL_TYPES = 16;

	/** Receives each data message; the view is reused for the next one. */
	interface Listener {

		void message(FitMessage message);

	}

	/** Why the bytes are not a whole FIT file, in plain words. */
	static final class Damaged extends Exception {

		Damaged(String reason) {
			super(reason, null, false, false);
		}

	}

	private FitDecoder() {
	}

	/** Whether the bytes start with a FIT file header: its size (12 or 14) first, ".FIT" at bytes 8 to 11. */
	static boolean isFit(byte[] bytes, int at) {
		return bytes.length - at >= 12 && (bytes[at] == 12 || bytes[at] == 14) && bytes[at + 8] == '.'
				&& bytes[at + 9] == 'F' && bytes[at + 10] == 'I' && bytes[at + 11] == 'T';
	}

	static void decode(byte[] bytes, Listener listener) throws Damaged {
		FitMessage view = new FitMessage();
		int at = 0;
		do {
			at = file(bytes, at, view, listener);
		}
		while (at < bytes.length);
	}

	/** Checks and decodes the file starting at {@code at}; returns where the next one would start. */
	private static int file(byte[] bytes, int at, FitMessage view, Listener listener) throws Damaged {
		boolean first = at == 0;
		if (!isFit(bytes, at)) {
			throw new Damaged(first ? NOT_FIT : BROKEN_CHAIN);
		}
		int header = bytes[at];
		if (bytes.length - at < header) {
			throw new Damaged(first ? CUT_SHORT : BROKEN_CHAIN);
		}
		long data = FitBaseTypes.littleEndian(bytes, at + 4, 4);
		if (header == 14 && (bytes[at + 12] | bytes[at + 13]) != 0
				&& FitCrc.of(bytes, at, at + 12) != FitBaseTypes.littleEndian(bytes, at + 12, 2)) {
			throw new Damaged(first ? NOT_FIT : BROKEN_CHAIN);
		}
		long end = at + header + data + 2;
		if (data == 0 || end > bytes.length) {
			throw new Damaged(first ? CUT_SHORT : BROKEN_CHAIN);
		}
		int fileEnd = (int) end;
		if ((bytes[fileEnd - 2] | bytes[fileEnd - 1]) != 0 && FitCrc.of(bytes, at, fileEnd) != 0) {
			throw new Damaged(BAD_CHECKSUM);
		}
		messages(bytes, at + header, fileEnd - 2, view, listener);
		return fileEnd;
	}

	private static void messages(byte[] bytes, int from, int end, FitMessage view, Listener listener) throws Damaged {
		FitDefinition[] local = new FitDefinition[LOCAL_TYPES];
		long lastTime = 0;
		int p = from;
		while (p < end) {
			int header = bytes[p++] & 0xFF;
			if ((header & 0x80) != 0) {
				lastTime = compressedTime(lastTime, header & 0x1F);
				p = data(bytes, p, end, local[(header >> 5) & 0x3], lastTime, view, listener);
			}
			else if ((header & 0x40) != 0) {
				FitDefinition definition = FitDefinition.read(bytes, p, end, (header & 0x20) != 0);
				local[header & 0xF] = definition;
				p += definition.definitionLength;
			}
			else {
				p = data(bytes, p, end, local[header & 0xF], -1, view, listener);
				long time = view.time();
				if (time >= 0) {
					lastTime = time;
				}
			}
		}
	}

	/** A compressed-time header gives the low five bits of the time; a smaller value than the last one's rolls over. */
	static long compressedTime(long lastTime, int offset) {
		long time = (lastTime & ~0x1FL) + offset;
		return offset < (lastTime & 0x1F) ? time + 0x20 : time;
	}

	private static int data(byte[] bytes, int p, int end, FitDefinition definition, long time, FitMessage view,
			Listener listener) throws Damaged {
		if (definition == null) {
			throw new Damaged(UNDEFINED);
		}
		if (p + definition.length > end) {
			throw new Damaged(CUT_SHORT);
		}
		view.show(bytes, p, definition, time);
		listener.message(view);
		return p + definition.length;
	}

}
