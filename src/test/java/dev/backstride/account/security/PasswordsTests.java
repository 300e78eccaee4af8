package dev.backstride.account.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTests {

	private final PasswordEncoder encoder = Passwords.encoder();

	@Test
	void aPasswordOver72BytesIsHashedWhole() {
		String euros = "€".repeat(30);
		String stored = this.encoder.encode(euros);
		assertThat(stored).startsWith("{bcrypt-sha256}$2");
		assertThat(this.encoder.matches(euros, stored)).isTrue();
		// bcrypt alone would see only the first 72 bytes: 24 euro signs
		assertThat(this.encoder.matches("€".repeat(29) + "e", stored)).isFalse();
		assertThat(this.encoder.matches("€".repeat(24), stored)).isFalse();
	}

	@Test
	void aHashStoredBeforePreHashingStillMatches() {
		String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("correct horse battery");
		assertThat(this.encoder.matches("correct horse battery", old)).isTrue();
		assertThat(this.encoder.matches("wrong horse battery", old)).isFalse();
		assertThat(this.encoder.matches("x".repeat(128), old)).isFalse();
		assertThat(this.encoder.upgradeEncoding(old)).isTrue();
	}

}
