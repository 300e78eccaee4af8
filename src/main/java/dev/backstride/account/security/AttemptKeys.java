package dev.backstride.account.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The keys attempts are stored under: SHA-256 of the trimmed, lower-cased email or client address, so
 * that the attempts table does not list who tried to log in, and any input, however long or odd, makes
 * a key of the same size.
 */
final class AttemptKeys {

	private AttemptKeys() {
	}

	static String of(String value) {
		String normal = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
