package dev.backstride.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdminSettingsTests {

	@Test
	void withoutATokenTheAdministrationEndpointsAreOff() {
		assertThat(new AdminSettings(null).enabled()).isFalse();
		assertThat(new AdminSettings("  ").enabled()).isFalse();
		assertThat(new AdminSettings("a".repeat(32)).enabled()).isTrue();
	}

	@Test
	void aShortTokenStopsTheAppFromStartingWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AdminSettings("secret"))
			.withMessageContaining("at least 32 characters");
	}

}
