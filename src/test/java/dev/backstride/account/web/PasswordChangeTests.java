package dev.backstride.account.web;

import java.net.http.HttpResponse;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in runner changes their password on the account page or the API, without mail: the current
 * password first, and the account's other page sessions end while the one that asked stays signed in.
 */
@BackstrideTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "a much better passphrase";

	@LocalServerPort
	int port;

	@Test
	void onTheAccountPageTheOtherSessionsEndAndThisOneStays() {
		String email = signUp();
		WebClient here = signedIn(email, ApiClient.PASSWORD);
		WebClient elsewhere = signedIn(email, ApiClient.PASSWORD);
		String bob = signUp();
		WebClient bobsPage = signedIn(bob, ApiClient.PASSWORD);
		ApiClient token = new ApiClient(this.port).signUp("token-" + UUID.randomUUID() + "@example.org");

		assertThat(here.get(this.port, "/account").body()).contains("Change your password");
		HttpResponse<String> changed = here.form(this.port, "/account/password", "currentPassword", ApiClient.PASSWORD,
				"newPassword", NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD);
		assertThat(WebClient.location(changed)).isEqualTo("/account");
		assertThat(here.get(this.port, "/account").body()).contains("id=\"password-notice\">Your password is changed.");
		assertThat(here.get(this.port, "/profile").statusCode()).as("this browser stays signed in").isEqualTo(200);
		assertThat(WebClient.location(elsewhere.get(this.port, "/profile"))).as("the other session ended")
			.isEqualTo("/login");
		assertThat(bobsPage.get(this.port, "/profile").statusCode()).as("another runner's session").isEqualTo(200);
		assertThat(token.get("/api/v1/profile").status()).isEqualTo(200);

		assertThat(WebClient.location(new WebClient().logIn(this.port, email, ApiClient.PASSWORD)))
			.as("the old password no longer signs in")
			.startsWith("/login?error");
		assertThat(WebClient.location(new WebClient().logIn(this.port, email, NEW_PASSWORD))).isEqualTo("/");
		assertThat(WebClient.location(new WebClient().logIn(this.port, bob, ApiClient.PASSWORD)))
			.as("another runner's password is untouched").isEqualTo("/");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			wrong current password    | not my password       | a much better passphrase | a much better passphrase | That is not your current password, so nothing was changed.
			no current password       | ''                    | a much better passphrase | a much better passphrase | Please type your current password.
			new one too short         | correct horse battery | short                    | short                    | Choose a password of at least 10 characters.
			the two new ones differ   | correct horse battery | a much better passphrase | a much better passphrasf | The two new passwords are not the same. Please type the new one twice.
			""")
	void aRefusedChangeSaysWhyInItsFormAndChangesNothing(String what, String current, String next, String again,
			String message) {
		String email = signUp();
		WebClient here = signedIn(email, ApiClient.PASSWORD);
		WebClient elsewhere = signedIn(email, ApiClient.PASSWORD);
		here.get(this.port, "/account");
		HttpResponse<String> refused = here.form(this.port, "/account/password", "currentPassword", current,
				"newPassword", next, "newPasswordAgain", again);
		assertThat(WebClient.location(refused)).isEqualTo("/account");
		assertThat(here.get(this.port, "/account").body()).contains("id=\"password-error\">" + message);
		assertThat(elsewhere.get(this.port, "/profile").statusCode()).isEqualTo(200);
		assertThat(WebClient.location(new WebClient().logIn(this.port, email, ApiClient.PASSWORD))).isEqualTo("/");
	}

	@Test
	void onTheApiEveryPageSessionEndsAndTheTokenKeepsWorking() {
		String email = "runner-" + UUID.randomUUID() + "@example.org";
		ApiClient runner = new ApiClient(this.port).signUp(email);
		WebClient page = signedIn(email, ApiClient.PASSWORD);

		Reply wrong = runner.put("/api/v1/account/password",
				"{\"currentPassword\":\"not my password\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.json().get("detail").asString())
			.isEqualTo("That is not your current password, so nothing was changed.");
		Reply tooShort = runner.put("/api/v1/account/password",
				"{\"currentPassword\":\"" + ApiClient.PASSWORD + "\",\"newPassword\":\"short\"}");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.json().get("detail").asString()).isEqualTo("Choose a password of at least 10 characters.");
		assertThat(runner.put("/api/v1/account/password", "{}").status()).isEqualTo(400);
		assertThat(page.get(this.port, "/profile").statusCode()).as("nothing changed yet").isEqualTo(200);

		Reply changed = runner.put("/api/v1/account/password",
				"{\"currentPassword\":\"" + ApiClient.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
		assertThat(changed.status()).isEqualTo(204);
		assertThat(WebClient.location(page.get(this.port, "/profile"))).isEqualTo("/login");
		assertThat(runner.get("/api/v1/profile").status()).isEqualTo(200);
		assertThat(WebClient.location(new WebClient().logIn(this.port, email, NEW_PASSWORD))).isEqualTo("/");
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedSignInsUntilTheThrottleRefuses() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String body = "{\"currentPassword\":\"not my password\",\"newPassword\":\"" + NEW_PASSWORD + "\"}";
		int refusedAt = 0;
		for (int attempt = 1; attempt <= 10 && refusedAt == 0; attempt++) {
			Reply reply = runner.put("/api/v1/account/password", body);
			if (reply.status() == 429) {
				refusedAt = attempt;
				assertThat(reply.json().get("detail").asString()).startsWith("Too many wrong passwords. Nothing was changed;");
			}
			else {
				assertThat(reply.status()).isEqualTo(400);
			}
		}
		assertThat(refusedAt).as("five wrong passwords are checked, the sixth is refused").isEqualTo(6);
		Reply right = runner.put("/api/v1/account/password",
				"{\"currentPassword\":\"" + ApiClient.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
		assertThat(right.status()).as("even the right password waits out the lock").isEqualTo(429);
	}

	private String signUp() {
		String email = "runner-" + UUID.randomUUID() + "@example.org";
		new ApiClient(this.port).signUp(email);
		return email;
	}

	private WebClient signedIn(String email, String password) {
		WebClient client = new WebClient();
		assertThat(WebClient.location(client.logIn(this.port, email, password))).isEqualTo("/");
		return client;
	}

}
