package dev.backstride.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdminSettingsTests {

	@Test
	void unsetOrBlankAcceptsNothing() {
		assertThat(new AdminSettings(null).accepts("")).isFalse();
		assertThat(new AdminSettings("   ").accepts("   ")).isFalse();
		assertThat(new AdminSettings("").digest()).isEmpty();
	}

	@Test
	void acceptsExactlyTheConfiguredToken() {
		var settings = new AdminSettings("  0123456789abcdef0123456789abcdef\n");
		assertThat(settings.accepts("0123456789abcdef0123456789abcdef")).isTrue();
		assertThat(settings.accepts("0123456789abcdef0123456789abcdeF")).isFalse();
		assertThat(settings.accepts("0123456789abcdef0123456789abcde")).isFalse();
		assertThat(settings.accepts("")).isFalse();
	}

	@Test
	void refusesATokenTooShortToBeSafeAndNeverPrintsIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AdminSettings("secret"))
			.withMessageContaining("at least 32")
			.withMessageNotContaining("secret");
		assertThat(new AdminSettings("0123456789abcdef0123456789abcdef").toString())
			.doesNotContain("0123456789abcdef");
	}

	@Test
	void withoutATokenTheAdministrationEndpointsAreOff() {
		assertThat(new AdminSettings(null).enabled()).isFalse();
		assertThat(new AdminSettings("  ").enabled()).isFalse();
		assertThat(new AdminSettings("a".repeat(32)).enabled()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new AdminSettings("a".repeat(31)));
	}

}
