package dev.backstride.account;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class AccountApiTests {

	@LocalServerPort
	int port;

	ApiClient api() {
		return new ApiClient(this.port);
	}

	@Test
	void signUpReturnsATokenThatOpensTheApi() {
		ApiClient runner = api().signUp();
		assertThat(runner.token()).startsWith("bst_");
		assertThat(runner.get("/api/v1/profile").status()).isEqualTo(200);
	}

	@Test
	void signingUpTwiceWithTheSameEmailMakesNoSecondAccountAndDoesNotSaySo() {
		String body = "{\"email\":\"Twice@Example.org\",\"password\":\"long enough pass\"}";
		assertThat(api().post("/api/v1/signup", body).status()).isEqualTo(201);
		var again = api().post("/api/v1/signup", body.replace("Twice", "twice"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).startsWith("We could not create an account")
			.doesNotContain("exists");
		assertThat(again.body()).doesNotContain("bst_");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"email":"not-an-email","password":"long enough pass"}  | valid email
			{"email":"short@example.org","password":"short"}        | at least 10
			{"password":"long enough pass"}                          | email
			{"email":"x@example.org"                                 | not valid JSON
			""")
	void refusesBadSignUpsWithProblemDetails(String body, String expected) {
		var reply = api().post("/api/v1/signup", body);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.body()).containsIgnoringCase(expected);
	}

	@Test
	void refusesWrongContentTypeAndOversizedBodies() {
		var wrongType = api().send("POST", "/api/v1/signup", "text/plain", "email=x");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().get("title").asString()).isEqualTo("Unsupported content type");
		String huge = "{\"email\":\"" + "a".repeat(300_000) + "@example.org\",\"password\":\"long enough pass\"}";
		var tooBig = api().post("/api/v1/signup", huge);
		assertThat(tooBig.status()).isEqualTo(413);
		assertThat(tooBig.json().get("title").asString()).isEqualTo("Request body too large");
	}

	@Test
	void withoutOrWithABadTokenTheApiAnswers401() {
		assertThat(api().get("/api/v1/profile").status()).isEqualTo(401);
		assertThat(api().withToken("bst_madeup").get("/api/v1/profile").status()).isEqualTo(401);
	}

	@Test
	void profileIsSavedAndReadBack() {
		ApiClient runner = api().signUp();
		var saved = runner.put("/api/v1/profile", """
				{"age": 34, "sex": "female", "yearsRunning": 6, "weeklyDistanceKm": 42.5,
				 "terrain": {"road": 60, "trail": 30, "treadmill": 10}}""");
		assertThat(saved.status()).isEqualTo(200);
		var profile = runner.get("/api/v1/profile").json();
		assertThat(profile.get("age").asInt()).isEqualTo(34);
		assertThat(profile.get("sex").asString()).isEqualTo("FEMALE");
		assertThat(profile.get("weeklyDistanceKm").asDouble()).isEqualTo(42.5);
		assertThat(profile.get("terrain").get("trail").asInt()).isEqualTo(30);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"age": 9}                                   | Age
			{"age": 111}                                 | Age
			{"sex": "robot"}                             | Sex
			{"weeklyDistanceKm": -1}                     | Weekly distance
			{"terrain": {"road": 60, "trail": 30}}       | add up to 100
			{"terrain": {"road": 160, "trail": -60}}     | percentage
			""")
	void refusesAnInvalidProfileAndKeepsTheOldOne(String body, String expected) {
		ApiClient runner = api().signUp();
		runner.put("/api/v1/profile", "{\"age\": 40}");
		var reply = runner.put("/api/v1/profile", body);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains(expected);
		assertThat(runner.get("/api/v1/profile").json().get("age").asInt()).isEqualTo(40);
	}

	@Test
	void revokedTokensStopWorking() {
		ApiClient runner = api().signUp();
		var second = runner.post("/api/v1/tokens", "{\"name\":\"script\"}").json();
		String secret = second.get("token").asString();
		assertThat(api().withToken(secret).get("/api/v1/profile").status()).isEqualTo(200);
		assertThat(runner.get("/api/v1/tokens").json()).hasSize(2);
		assertThat(runner.delete("/api/v1/tokens/" + second.get("id").asLong()).status()).isEqualTo(204);
		assertThat(api().withToken(secret).get("/api/v1/profile").status()).isEqualTo(401);
		assertThat(runner.get("/api/v1/profile").status()).isEqualTo(200);
	}

	@Test
	void aRunnerCannotRevokeAnotherRunnersToken() {
		ApiClient alice = api().signUp();
		ApiClient bob = api().signUp();
		long aliceToken = alice.get("/api/v1/tokens").json().get(0).get("id").asLong();
		assertThat(bob.delete("/api/v1/tokens/" + aliceToken).status()).isEqualTo(404);
		assertThat(alice.get("/api/v1/profile").status()).isEqualTo(200);
	}

	@Test
	void unknownApiAddressesAnswerWithProblemDetails() {
		var reply = api().signUp().get("/api/v1/no-such-thing");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void publishesAnOpenApiDescription() {
		var reply = api().get("/v3/api-docs");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("paths").has("/api/v1/signup")).isTrue();
	}

}
