package dev.backstride.account.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords of up to 128 characters of any kind, although bcrypt reads only 72 bytes (30 "€" are 90
 * bytes): a new password is first hashed with SHA-256 and the hash, written in Base64 (44 bytes), goes
 * through bcrypt, stored as {@code {bcrypt-sha256}…}. Hashes stored before, as {@code {bcrypt}…}, still
 * match their passwords.
 */
final class Passwords {

	static final String CURRENT = "bcrypt-sha256";

	private static final int BCRYPT_MAX_BYTES = 72;

	private Passwords() {
	}

	static PasswordEncoder encoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		return new DelegatingPasswordEncoder(CURRENT, Map.of(CURRENT, new Prehashed(bcrypt), "bcrypt", new Legacy(bcrypt)));
	}

	static String prehash(CharSequence raw) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(raw.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** SHA-256, then bcrypt: every password length fits bcrypt's 72 bytes. */
	private record Prehashed(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return this.bcrypt.encode(prehash(raw));
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return raw != null && this.bcrypt.matches(prehash(raw), encoded);
		}

	}

	/**
	 * Hashes stored before pre-hashing: no password of theirs was longer than 72 bytes. New passwords are
	 * stored as {@link #CURRENT}, so only checking uses this; encoding gives the old format, plain bcrypt.
	 */
	private record Legacy(BCryptPasswordEncoder bcrypt) implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return raw != null && raw.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
					&& this.bcrypt.matches(raw, encoded);
		}

	}

}
