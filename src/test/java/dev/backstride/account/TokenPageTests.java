package dev.backstride.account;

import java.util.UUID;

import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class TokenPageTests {

	@LocalServerPort
	int port;

	@Test
	void aNewTokenIsShownOnceAfterTheRedirectThroughTheStoredSession() {
		WebClient runner = new WebClient();
		runner.get(this.port, "/signup");
		String password = "a long password";
		assertThat(runner.form(this.port, "/signup", "email", "tokens-" + UUID.randomUUID() + "@example.org",
				"password", password, "confirm", password).statusCode()).isEqualTo(302);
		runner.get(this.port, "/tokens");
		var created = runner.form(this.port, "/tokens", "name", "my script");
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(created)).isEqualTo("/tokens");
		var shown = runner.get(this.port, "/tokens");
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("Your new token <strong>my script</strong>").containsPattern("bst_[\\w-]{20,}");
		assertThat(runner.get(this.port, "/tokens").body()).doesNotContainPattern("<code class=\"secret\">bst_");
	}

}
