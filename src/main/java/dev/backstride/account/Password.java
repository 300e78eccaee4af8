package dev.backstride.account;

/**
 * A chosen password before hashing. Length is what matters most (NIST SP 800-63B): at least 10
 * characters, at most 128 (counted as characters, whatever their size in bytes: a password is
 * pre-hashed before bcrypt, which reads only 72 bytes).
 */
public record Password(String value) {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	public Password {
		int length = value == null ? 0 : value.codePointCount(0, value.length());
		if (length < MIN_LENGTH) {
			throw new IllegalArgumentException("Choose a password of at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH) {
			throw new IllegalArgumentException("Choose a password of at most " + MAX_LENGTH + " characters.");
		}
		if (value.isBlank()) {
			throw new IllegalArgumentException("A password cannot be only spaces.");
		}
	}

	@Override
	public String toString() {
		return "Password[hidden]";
	}

}
