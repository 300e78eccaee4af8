package dev.backstride.screening.web;

import java.util.ArrayList;
import java.util.List;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Back and submit again, or a double tap: the same answers within minutes are stored once. */
@BackstrideTest
class QuestionnaireRepeatTests {

	private static final String RISK = "/api/v1/questionnaires/risk/responses";

	private static final String FUNCTION = "/api/v1/questionnaires/function/responses";

	@LocalServerPort
	int port;

	@Test
	void theSameRiskAnswersAgainReturnTheStoredResponseWith200() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String answers = "{\"items\":[1,0,1,0,0,0,0,0],\"bothersomeness\":3}";
		ApiClient.Reply first = runner.post(RISK, answers);
		ApiClient.Reply again = runner.post(RISK, answers);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("answeredAt")).isEqualTo(first.json().get("answeredAt"));
		assertThat(runner.get(RISK).json().size()).isEqualTo(1);
		assertThat(runner.post(RISK, "{\"items\":[1,0,1,0,0,0,0,0],\"bothersomeness\":2}").status())
			.as("one answer changed: a new response").isEqualTo(201);
		assertThat(runner.get(RISK).json().size()).isEqualTo(2);
	}

	@Test
	void theSameFunctionAnswersAgainAreNotStoredTwice() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String answers = "{\"sections\":[1,2,0,1,null,2,1,1,0,3]}";
		assertThat(runner.post(FUNCTION, answers).status()).isEqualTo(201);
		assertThat(runner.post(FUNCTION, answers).status()).isEqualTo(200);
		assertThat(runner.get(FUNCTION).json().size()).isEqualTo(1);
	}

	@Test
	void theSameAnswersOnAnotherRunnersAccountAreTheirOwn() {
		String answers = "{\"items\":[0,0,0,0,0,0,0,1],\"bothersomeness\":1}";
		ApiClient alice = new ApiClient(this.port).signUp();
		ApiClient bob = new ApiClient(this.port).signUp();
		assertThat(alice.post(RISK, answers).status()).isEqualTo(201);
		assertThat(bob.post(RISK, answers).status()).isEqualTo(201);
	}

	@Test
	void thePageSaysTheAnswersWereAlreadySaved() {
		WebClient web = new WebClient();
		web.get(this.port, "/signup");
		String email = "repeat-" + java.util.UUID.randomUUID() + "@example.org";
		web.form(this.port, "/signup", "email", email, "password", "a long password", "confirm", "a long password");
		List<String> fields = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			fields.add("risk-" + i);
			fields.add(i % 2 == 0 ? "agree" : "disagree");
		}
		fields.add("risk-9");
		fields.add(BOTHERED);
		web.get(this.port, "/questionnaires/risk");
		String first = follow(web, web.form(this.port, "/questionnaires/risk", fields.toArray(String[]::new)));
		assertThat(first).contains("Risk screen scored").doesNotContain("already saved");
		web.get(this.port, "/questionnaires/risk");
		String page = follow(web, web.form(this.port, "/questionnaires/risk", fields.toArray(String[]::new)));
		assertThat(page).contains("they were already saved, so nothing was added");
	}

	/** Follows redirects as a browser does, to the page at the end. */
	private String follow(WebClient web, java.net.http.HttpResponse<String> reply) {
		while (reply.statusCode() == 302) {
			reply = web.get(this.port, WebClient.location(reply));
		}
		return reply.body();
	}

	private static final String BOTHERED = "level-2";

}
