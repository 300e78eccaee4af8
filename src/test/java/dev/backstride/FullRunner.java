package dev.backstride;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.backstride.ApiClient.Reply;
import dev.backstride.motion.MotionSamples;
import dev.backstride.runs.fileimport.Archives;
import dev.backstride.screening.RedFlagItem;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner with data in every module, made through the API as a client would: profile, danger-sign
 * screening, clinician check and clearance, both questionnaires, a check-in, an exercise session, a self-test, a run
 * typed in and one imported from a real FIT file (kept as its original), a pelvis recording, a named
 * token, a calendar feed, a session sent with an Idempotency-Key and the plan read once (which keeps the
 * checkpoint of its doses). Values that are the runner's own
 * (the email, the note, the token name, distances) are returned so tests can look for them.
 */
public record FullRunner(String email, String password, ApiClient api, String note, String tokenName,
		double manualDistanceMeters, byte[] fitFile, long motionId) {

	public static final String PASSWORD = "correct horse battery";

	public static final String FIT = "/running/fit/activity-small-fenix2-run.fit";

	public static FullRunner create(int port, String name, int seed) {
		String email = name + "-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(port);
		Reply signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		api.withToken(signUp.json().get("token").asString());
		ok(api.put("/api/v1/profile", "{\"age\":" + (30 + seed) + ",\"sex\":\"FEMALE\",\"weeklyDistanceKm\":" + (20 + seed)
				+ ".5,\"terrain\":{\"road\":70,\"trail\":30}}"));
		ok(api.post("/api/v1/screenings/red-flags", "{\"answers\":{" + Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",")) + "}}"));
		ok(api.post("/api/v1/screenings/clinician-assessed", ""));
		ok(api.post("/api/v1/screenings/clearance", "{\"advised\":true}"));
		ok(api.post("/api/v1/questionnaires/risk/responses", "{\"items\":[1,0,1,0,1,0,1,0],\"bothersomeness\":3}"));
		ok(api.post("/api/v1/questionnaires/function/responses", "{\"sections\":[1,2,1,0,1,2,1,null,1,0]}"));
		ok(api.post("/api/v1/checkins", "{\"painNow\":" + (seed % 5 + 2) + ",\"worstPain24h\":9,\"locations\":[\"BUTTOCK\"],"
				+ "\"kinds\":[\"BENDING\"]}"));
		String note = name + "-note-" + UUID.randomUUID();
		ok(api.post("/api/v1/sessions", "{\"kind\":\"CORE\",\"painDuring\":1,\"note\":\"" + note
				+ "\",\"exercises\":[{\"id\":\"EX-CRUNCH\",\"sets\":[{\"reps\":" + (80 + seed) + "}]}]}"));
		idempotentSession(port, api.token());
		ok(api.post("/api/v1/self-tests", "{\"test\":\"T-HAM\",\"left\":" + (60 + seed) + ",\"right\":77}"));
		double distance = 7000 + seed + 0.5;
		ok(api.post("/api/v1/runs", "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"durationSeconds\":2017,"
				+ "\"distanceMeters\":" + distance + ",\"terrain\":\"TRAIL\",\"painDuring\":1,\"painAfter\":2,\"effort\":4}"));
		byte[] fit = resource(FIT);
		importAndWait(api, Map.of("fenix2.fit", fit));
		Reply motion = api.post("/api/v1/motion/imu", MotionSamples.json(MotionSamples.aRun(seed)));
		ok(motion);
		String tokenName = name + "-token-" + UUID.randomUUID();
		ok(api.post("/api/v1/tokens", "{\"name\":\"" + tokenName + "\"}"));
		ok(api.post("/api/v1/plan/calendar", ""));
		// reading the plan keeps the checkpoint of its doses (program_checkpoint)
		ok(api.get("/api/v1/plan"));
		return new FullRunner(email, PASSWORD, api, note, tokenName, distance, fit, motion.json().get("id").asLong());
	}

	/** A session sent as the player's outbox sends it, so that its reply is kept in idempotent_post. */
	static void idempotentSession(int port, String token) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/sessions"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"kind\":\"CORE\",\"painDuring\":2,\"exercises\":[{\"id\":\"EX-CRUNCH\",\"sets\":[{\"reps\":5}]}]}"))
			.build();
		try {
			assertThat(java.net.http.HttpClient.newHttpClient()
				.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(201);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void ok(Reply reply) {
		assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
	}

	static void importAndWait(ApiClient api, Map<String, byte[]> files) {
		String boundary = "b" + UUID.randomUUID();
		Reply started = api.sendBytes("POST", "/api/v1/imports", "multipart/form-data; boundary=" + boundary,
				Archives.multipart(boundary, files));
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long id = started.json().get("importId").asLong();
		Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
			.until(() -> !api.get("/api/v1/imports/" + id).json().get("state").asString().equals("RUNNING"));
		assertThat(api.get("/api/v1/imports/" + id).json().get("results").get(0).get("outcome").asString())
			.isEqualTo("IMPORTED");
	}

	static byte[] resource(String path) {
		try (InputStream in = FullRunner.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
