package dev.backstride.runs.fileimport;

/**
 * The FIT protocol's 16-bit CRC (reflected polynomial 0xA001, start 0), one table look-up per byte.
 * Over a whole file, its stored CRC included, the result is 0.
 */
final class FitCrc {

	private static final char[] TABLE = new char[256];

	static {
		for (int i = 0; i < 256; i++) {
			int crc = i;
			for (int bit = 0; bit < 8; bit++) {
				crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
			}
			TABLE[i] = (char) crc;
		}
	}

	private FitCrc() {
	}

	static int of(byte[] bytes, int from, int to) {
		int crc = 0;
		for (int i = from; i < to; i++) {
			crc = (crc >>> 8) ^ TABLE[(crc ^ bytes[i]) & 0xFF];
		}
		return crc;
	}

}
