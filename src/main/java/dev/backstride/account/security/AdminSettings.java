package dev.backstride.account.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's credential for health details and metrics, from {@code BACKSTRIDE_ADMIN_TOKEN}.
 * Backstride has no admin accounts: whoever runs the server sets a long random token and gives it to
 * their monitoring. Unset, nobody sees more than UP or DOWN and metrics are closed to everyone.
 */
@ConfigurationProperties("backstride.admin")
record AdminSettings(@Nullable String token) {

	static final int MIN_LENGTH = 24;

	AdminSettings {
		if (token != null && token.isBlank()) {
			token = null;
		}
		if (token != null && token.strip().length() < MIN_LENGTH) {
			throw new IllegalArgumentException("BACKSTRIDE_ADMIN_TOKEN is too short to be safe: use at least "
					+ MIN_LENGTH + " random characters, for example the output of 'openssl rand -hex 32'.");
		}
		token = token == null ? null : token.strip();
	}

	/** The token's digest, so that comparing takes the same time however much of a guess is right. */
	Optional<byte[]> digest() {
		return Optional.ofNullable(this.token).map(AdminSettings::sha256);
	}

	boolean accepts(String presented) {
		return digest().map(expected -> MessageDigest.isEqual(expected, sha256(presented.strip()))).orElse(false);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "AdminSettings[token=" + (this.token == null ? "unset" : "set") + "]";
	}

}
