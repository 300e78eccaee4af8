package dev.backstride.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in address, trimmed and lower-cased so that one person has one account. */
public record Email(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public Email {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Enter an email address.");
		}
		value = value.trim().toLowerCase(Locale.ROOT);
		if (value.length() > 254 || !SHAPE.matcher(value).matches() || !PlainText.singleLine(value)) {
			throw new IllegalArgumentException("Enter a valid email address, like name@example.org.");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
