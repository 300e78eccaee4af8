package dev.backstride.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's credential, from {@code BACKSTRIDE_ADMIN_TOKEN}, for health details, metrics and backups
 * of the whole instance. Backstride has no admin accounts: whoever runs the server sets a long random
 * token and gives it to their monitoring and backup jobs. Unset, nobody sees more than UP or DOWN,
 * metrics are closed to everyone and the backup endpoint does not exist. A short token stops the app at
 * start, since the backup hands out the whole database.
 */
@ConfigurationProperties("backstride.admin")
public record AdminSettings(@Nullable String token) {

	static final int MIN_LENGTH = 32;

	public AdminSettings {
		if (token != null && token.isBlank()) {
			token = null;
		}
		if (token != null && token.strip().length() < MIN_LENGTH) {
			throw new IllegalArgumentException("BACKSTRIDE_ADMIN_TOKEN is too short to be safe: use at least "
					+ MIN_LENGTH + " random characters, for example the output of 'openssl rand -hex 32'.");
		}
		token = token == null ? null : token.strip();
	}

	/** Whether a token is set: without one the administration endpoints are off. */
	public boolean enabled() {
		return this.token != null;
	}

	/** The token's digest, so that comparing takes the same time however much of a guess is right. */
	Optional<byte[]> digest() {
		return Optional.ofNullable(this.token).map(AdminSettings::sha256);
	}

	/** Whether {@code presented} is the token, compared in constant time. */
	public boolean accepts(String presented) {
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
