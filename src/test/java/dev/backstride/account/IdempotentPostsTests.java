package dev.backstride.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A POST sent again with the same Idempotency-Key is stored once and answered with the first reply. */
@BackstrideTest
class IdempotentPostsTests {

	private static final String SESSION = "{\"kind\":\"CORE\",\"painDuring\":2,\"exercises\":[{\"id\":\"EX-CRUNCH\","
			+ "\"sets\":[{\"reps\":12}]}]}";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aSessionSentTwiceWithOneKeyIsStoredOnceAndBothRepliesAreTheSame() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post(runner, "/api/v1/sessions", key, SESSION);
		HttpResponse<String> again = post(runner, "/api/v1/sessions", key, SESSION);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.headers().firstValue("Idempotent-Replay")).hasValue("true");
		assertThat(runner.get("/api/v1/sessions").json()).hasSize(1);
		assertThat(post(runner, "/api/v1/sessions", UUID.randomUUID().toString(), SESSION).statusCode()).isEqualTo(201);
		assertThat(runner.get("/api/v1/sessions?limit=10").json()).hasSize(2);
	}

	@Test
	void eightCopiesSentAtOnceStoreOneSession() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		String key = UUID.randomUUID().toString();
		try (var pool = Executors.newFixedThreadPool(8)) {
			var sends = IntStream.range(0, 8)
				.mapToObj((i) -> (Callable<HttpResponse<String>>) () -> post(runner, "/api/v1/sessions", key, SESSION))
				.toList();
			for (Future<HttpResponse<String>> reply : pool.invokeAll(sends)) {
				assertThat(reply.get().statusCode()).isEqualTo(201);
			}
		}
		assertThat(runner.get("/api/v1/sessions?limit=10").json()).hasSize(1);
	}

	@Test
	void aKeyIsTheRunnersOwnAndBelongsToOneAddress() throws Exception {
		ApiClient alice = new ApiClient(this.port).signUp();
		ApiClient bob = new ApiClient(this.port).signUp();
		String key = UUID.randomUUID().toString();
		assertThat(post(alice, "/api/v1/sessions", key, SESSION).statusCode()).isEqualTo(201);
		HttpResponse<String> bobs = post(bob, "/api/v1/sessions", key, SESSION);
		assertThat(bobs.statusCode()).isEqualTo(201);
		assertThat(bobs.headers().firstValue("Idempotent-Replay")).isEmpty();
		assertThat(bob.get("/api/v1/sessions").json()).hasSize(1);
		HttpResponse<String> elsewhere = post(alice, "/api/v1/runs", key, "{}");
		assertThat(elsewhere.statusCode()).isEqualTo(409);
		assertThat(elsewhere.body()).contains("another address");
	}

	@Test
	void aRefusedSessionKeepsNoReplySoItsCorrectionGoesThroughWithTheSameKey() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		String key = UUID.randomUUID().toString();
		HttpResponse<String> refused = post(runner, "/api/v1/sessions", key, SESSION.replace("\"painDuring\":2", "\"painDuring\":11"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("painDuring");
		assertThat(runner.get("/api/v1/sessions").json()).isEmpty();
		assertThat(post(runner, "/api/v1/sessions", key, SESSION).statusCode()).isEqualTo(201);
		assertThat(post(runner, "/api/v1/sessions", "short", SESSION).statusCode()).isEqualTo(400);
		assertThat(runner.get("/api/v1/sessions").json()).hasSize(1);
	}

	private HttpResponse<String> post(ApiClient runner, String path, String key, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + runner.token())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
