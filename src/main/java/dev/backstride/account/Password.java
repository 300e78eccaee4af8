package dev.backstride.account;

/**
 * A chosen password before hashing. Length is what matters most (NIST SP 800-63B): at least 10
 * characters, at most 128 so that hashing stays cheap.
 */
public record Password(String value) {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	public Password {
		if (value == null || value.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("Choose a password of at least " + MIN_LENGTH + " characters.");
		}
		if (value.length() > MAX_LENGTH) {
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
