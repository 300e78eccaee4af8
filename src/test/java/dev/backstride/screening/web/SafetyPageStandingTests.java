package dev.backstride.screening.web;

import java.util.ArrayList;
import java.util.List;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety questions opened again from the menu say first where the runner stands: clear, on hold
 * (with the way to what to do), or one step from starting. A new runner sees the questions alone.
 */
@BackstrideTest
class SafetyPageStandingTests {

	@LocalServerPort
	int port;

	@Test
	void aNewRunnerSeesTheQuestionsAlone() {
		WebClient web = signedUp();
		assertThat(web.get(this.port, "/screening").body()).doesNotContain("id=\"standing\"");
	}

	@Test
	void aClearedRunnerIsToldTheirAnswersShowedNoDangerSigns() {
		WebClient web = signedUp();
		answer(web, null);
		web.get(this.port, "/screening/clearance");
		web.form(this.port, "/screening/clearance", "advised", "true");
		assertThat(web.get(this.port, "/screening").body()).contains("id=\"standing\"")
			.contains("Your answers so far showed no danger signs");
	}

	@Test
	void aRunnerOnHoldIsSentToWhatToDoNow() {
		WebClient web = signedUp();
		answer(web, RedFlagItem.values()[0].id());
		assertThat(web.get(this.port, "/screening").body()).contains("Your plan is on hold.")
			.contains("href=\"/screening/status\"");
	}

	@Test
	void aRunnerAwaitingTheWordAboutExerciseIsSentToIt() {
		WebClient web = signedUp();
		answer(web, null);
		assertThat(web.get(this.port, "/screening").body()).contains("href=\"/screening/clearance\"");
	}

	private WebClient signedUp() {
		WebClient web = new WebClient();
		web.get(this.port, "/signup");
		String email = "standing-" + java.util.UUID.randomUUID() + "@example.org";
		web.form(this.port, "/signup", "email", email, "password", ApiClient.PASSWORD, "confirm", ApiClient.PASSWORD);
		web.get(this.port, "/profile");
		web.form(this.port, "/profile", "age", "40", "units", "KM");
		return web;
	}

	/** Answers every safety question no, except {@code yes} (an item id) where given. */
	private void answer(WebClient web, String yes) {
		web.get(this.port, "/screening");
		List<String> fields = new ArrayList<>();
		for (RedFlagItem item : RedFlagItem.values()) {
			fields.add(item.id());
			fields.add(item.id().equals(yes) ? "yes" : "no");
		}
		assertThat(web.form(this.port, "/screening", fields.toArray(String[]::new)).statusCode()).isIn(200, 302);
	}

}
