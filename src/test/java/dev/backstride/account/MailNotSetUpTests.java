package dev.backstride.account;

import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a mail host the pages say that reset by email is not set up, and whom to ask. */
@BackstrideTest
class MailNotSetUpTests {

	@LocalServerPort
	int port;

	@Test
	void theResetPageSaysItIsNotSetUpAndWhomToAsk() {
		WebClient web = new WebClient();
		String page = web.get(this.port, "/password-reset").body().replaceAll("\\s+", " ");
		assertThat(page).contains("Password reset by email is not set up on this server")
			.contains("ask the person who runs this Backstride")
			.doesNotContain("Send the link");
		web.get(this.port, "/login");
		assertThat(web.form(this.port, "/password-reset", "email", "someone@example.org").body())
			.contains("not set up").doesNotContain("we have sent");
		assertThat(web.get(this.port, "/login").body()).contains("Forgot your password?");
	}

}
