package dev.backstride.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing, sign-up floods and session settings over real HTTP, with the limits as shipped
 * (a context of its own: the shared test context lifts the sign-up limit). Each test plays its clients
 * from addresses of its own, given in {@code X-Forwarded-For} as a local reverse proxy would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:auth-abuse-${random.uuid};DB_CLOSE_DELAY=-1",
				"logging.level.org.springframework.security=warn" })
class AuthAbuseTests {

	static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String newRunner(String fromAddress) {
		String email = "abuse-" + UUID.randomUUID() + "@example.org";
		var reply = new WebClient().from(fromAddress)
			.json(this.port, "/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(reply.statusCode()).isEqualTo(201);
		return email;
	}

	@Test
	void twentyFiveParallelWrongPasswordsReachThePasswordCheckFiveTimes() throws Exception {
		String email = newRunner("192.0.2.1");
		WebClient attacker = new WebClient().from("203.0.113.1");
		attacker.get(this.port, "/login");
		var start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(25)) {
			for (int i = 0; i < 25; i++) {
				int guess = i;
				outcomes.add(pool.submit(() -> {
					start.await();
					var reply = attacker.form(this.port, "/login", "username", email, "password", "wrong guess " + guess);
					return reply.statusCode() + " " + WebClient.location(reply);
				}));
			}
			start.countDown();
			int checked = 0;
			int refused = 0;
			for (var outcome : outcomes) {
				String location = outcome.get();
				if (location.equals("302 /login?error")) {
					checked++;
				}
				else if (location.startsWith("302 /login?locked=")) {
					refused++;
				}
			}
			assertThat(checked).isEqualTo(5);
			assertThat(refused).isEqualTo(20);
		}
	}

	@Test
	void failuresFromAnotherAddressDoNotLockTheOwnerOut() {
		String email = newRunner("192.0.2.2");
		WebClient attacker = new WebClient().from("203.0.113.2");
		for (int i = 0; i < 5; i++) {
			assertThat(WebClient.location(attacker.logIn(this.port, email, "wrong guess"))).isEqualTo("/login?error");
		}
		assertThat(WebClient.location(attacker.logIn(this.port, email, PASSWORD))).isEqualTo("/login?locked=15");
		var owner = new WebClient().from("198.51.100.2").logIn(this.port, email, PASSWORD);
		assertThat(WebClient.location(owner)).isEqualTo("/");
	}

	@Test
	void signUpsAreLimitedToTenAnHourPerClientAddress() {
		for (int i = 0; i < 9; i++) {
			newRunner("192.0.2.3");
		}
		WebClient page = new WebClient().from("192.0.2.3");
		page.get(this.port, "/signup");
		var tenth = page.form(this.port, "/signup", "email", "page-" + UUID.randomUUID() + "@example.org", "password",
				PASSWORD, "confirm", PASSWORD);
		assertThat(tenth.statusCode()).isEqualTo(302);
		var eleventh = new WebClient().from("192.0.2.3")
			.json(this.port, "/api/v1/signup", "{\"email\":\"late@example.org\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(eleventh.statusCode()).isEqualTo(429);
		assertThat(eleventh.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(eleventh.headers().firstValue("Retry-After")).hasValue("3600");
		assertThat(json(eleventh).get("detail").asString()).contains("try again in 60 minutes");
		WebClient pageAgain = new WebClient().from("192.0.2.3");
		pageAgain.get(this.port, "/signup");
		var refusedPage = pageAgain.form(this.port, "/signup", "email", "late@example.org", "password", PASSWORD,
				"confirm", PASSWORD);
		assertThat(refusedPage.statusCode()).isEqualTo(429);
		assertThat(refusedPage.body()).contains("Too many sign-ups");
		assertThat(this.jdbc.sql("select count(*) from account where email = 'late@example.org'").query(Long.class).single())
			.isZero();
		newRunner("192.0.2.4");
	}

	@Test
	void signUpDoesNotSayThatAnAddressHasAnAccount() {
		String email = newRunner("192.0.2.5");
		var api = new WebClient().from("192.0.2.6")
			.json(this.port, "/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"another long one\"}");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).doesNotContainIgnoringCase("exist").doesNotContainIgnoringCase("already")
			.doesNotContainIgnoringCase("registered").doesNotContainIgnoringCase("taken");
		WebClient page = new WebClient().from("192.0.2.6");
		page.get(this.port, "/signup");
		var reply = page.form(this.port, "/signup", "email", email, "password", "another long one", "confirm",
				"another long one");
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.body()).contains("We could not create an account")
			.doesNotContainIgnoringCase("exist")
			.doesNotContainIgnoringCase("already");
	}

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() {
		var overHttps = new WebClient().from("192.0.2.7").header("X-Forwarded-Proto", "https").get(this.port, "/login");
		assertThat(overHttps.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("SESSION=")
			.contains("; Secure")
			.contains("; HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
		var api = new WebClient().header("X-Forwarded-Proto", "https").get(this.port, "/api/v1/profile");
		assertThat(api.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");

		var plain = new WebClient().from("192.0.2.7").get(this.port, "/login");
		assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void aPageSessionLastsTwelveIdleHoursInTheDatabase() {
		String email = newRunner("192.0.2.8");
		WebClient runner = new WebClient().from("192.0.2.8");
		assertThat(WebClient.location(runner.logIn(this.port, email, PASSWORD))).isEqualTo("/");
		assertThat(runner.get(this.port, "/profile").statusCode()).isEqualTo(200);
		var idle = this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.list();
		assertThat(idle).containsExactly(12 * 60 * 60);
	}

	@Test
	void unauthorisedApiAnswersAreUtf8ProblemDetails() {
		var reply = new WebClient().get(this.port, "/api/v1/profile");
		assertThat(reply.statusCode()).isEqualTo(401);
		assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(json(reply).get("status").asInt()).isEqualTo(401);
	}

	@Test
	void theApiDescriptionNamesTheBearerSchemeAndNoRunnerParameter() {
		JsonNode doc = json(new WebClient().get(this.port, "/v3/api-docs"));
		JsonNode scheme = doc.get("components").get("securitySchemes").get("personalAccessToken");
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		int operations = 0;
		for (var path : doc.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				operations++;
				JsonNode security = operation.getValue().get("security");
				if (path.getKey().equals("/api/v1/signup")) {
					assertThat(security).as("sign-up needs no token").isNull();
				}
				else {
					assertThat(security).as(operation.getKey() + " " + path.getKey()).isNotNull();
					assertThat(security.get(0).has("personalAccessToken")).isTrue();
				}
				JsonNode parameters = operation.getValue().get("parameters");
				if (parameters != null) {
					for (JsonNode parameter : parameters) {
						assertThat(parameter.get("name").asString()).as(path.getKey()).isNotEqualTo("runner");
					}
				}
			}
		}
		assertThat(operations).isGreaterThan(10);
	}

	@Test
	void theApiDescriptionNamesTheProblemAnswersAndTheNextPageLink() {
		JsonNode paths = json(new WebClient().get(this.port, "/v3/api-docs")).get("paths");
		JsonNode checkIns = paths.get("/api/v1/checkins");
		JsonNode list = checkIns.get("get").get("responses");
		assertThat(list.get("200").get("headers").has("Link")).isTrue();
		JsonNode write = checkIns.get("post").get("responses");
		assertThat(write.get("429").get("headers").has("Retry-After")).isTrue();
		assertThat(write.has("409")).isTrue();
		assertThat(write.has("413")).isTrue();
		assertThat(write.get("400").get("content").has("application/problem+json")).isTrue();
		assertThat(paths.get("/api/v1/today").get("get").get("responses").has("413")).as("no body, no 413").isFalse();
		assertThat(paths.get("/api/v1/signup").get("post").get("responses").has("401")).isFalse();
		for (var path : paths.properties()) {
			for (var operation : path.getValue().properties()) {
				JsonNode responses = operation.getValue().get("responses");
				assertThat(responses.has("400")).as(operation.getKey() + " " + path.getKey()).isTrue();
				assertThat(responses.has("401")).as(operation.getKey() + " " + path.getKey())
					.isEqualTo(!path.getKey().equals("/api/v1/signup"));
				assertThat(responses.get("503").get("headers").has("Retry-After")).isTrue();
				boolean paged = false;
				JsonNode parameters = operation.getValue().get("parameters");
				if (parameters != null) {
					for (JsonNode parameter : parameters) {
						paged |= parameter.get("name").asString().equals("cursor");
					}
				}
				if (paged && responses.has("200")) {
					assertThat(responses.get("200").get("headers").has("Link")).as(path.getKey()).isTrue();
				}
			}
		}
	}

	static JsonNode json(HttpResponse<String> reply) {
		return JsonMapper.builder().build().readTree(reply.body());
	}

}
