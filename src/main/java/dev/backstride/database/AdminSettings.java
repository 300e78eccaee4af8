package dev.backstride.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator's token ({@code BACKSTRIDE_ADMIN_TOKEN}): without it the administration endpoints
 * are off. A short token is refused at start, since the endpoints hand out the whole database.
 */
@ConfigurationProperties("backstride.admin")
public record AdminSettings(@Nullable String token) {

	static final int SHORTEST_TOKEN = 32;

	public AdminSettings {
		if (token != null && token.isBlank()) {
			token = null;
		}
		if (token != null && token.length() < SHORTEST_TOKEN) {
			throw new IllegalArgumentException("BACKSTRIDE_ADMIN_TOKEN must be at least " + SHORTEST_TOKEN
					+ " characters long, for example the output of: openssl rand -hex 24");
		}
	}

	public boolean enabled() {
		return this.token != null;
	}

}
