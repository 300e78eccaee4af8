package dev.backstride.account;

import java.time.Instant;
import java.util.Optional;

/** A personal access token as listed to its owner: never the secret itself, which is shown once. */
public record AccessToken(long id, String name, Instant createdAt, Optional<Instant> lastUsedAt,
		Optional<Instant> revokedAt) {

	public boolean active() {
		return this.revokedAt.isEmpty();
	}

}
