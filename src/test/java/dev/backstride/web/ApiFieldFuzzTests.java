package dev.backstride.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JSON endpoint, every field it reads, every kind of wrong value, and bodies that are not the
 * expected shape at all: never a 5xx, and every refusal is a problem whose detail is plain words.
 */
@BackstrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFieldFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> INTERNALS = List.of("java.", "jackson", "Jackson", "StreamReadConstraints",
			"Failed to convert", "Exception", "exception", "Required request body", "Content-Type '", "org.spring", "org.apache", "org.h2", "org.postgresql",
			"[Source", "line:", "column:", "Cannot deserialize", "Cannot coerce", "is not supported", "Request method",
			"required type", "Unrecognized", "toIndex", "fromIndex", "null\"", "Index ", "out of bounds");

	/** Wrong values for any field: blanks, NUL, wrong kinds, absurd numbers, half characters. */
	private static final List<String> VALUES = List.of("\" \"", "\"\"", "\"\\u0000\"", "\"x\"", "\"3\"", "\"true\"",
			"1e-999999999", "1e999999999", "-1", "1.5", "99999999999999999999", "9".repeat(1200), "[]", "[null]",
			"[\"\\ud800\"]", "{}", "{\"x\":null}", "null", "true", "\"\\ud800\"", "\"a\\u0000b\"");

	/** Bodies that are not the expected shape at all. */
	private static final List<String> BODIES = List.of("", "{", "[]", "null", "1", "\"x\"", "{\"a\":1}", "{}}",
			"[".repeat(2000) + "]".repeat(2000), "{\"a\":1,\"a\":2}", "\u0000", "{\"\\ud800\":1}");

	@LocalServerPort
	int port;

	private ApiClient runner;

	private RawHttp raw;

	@BeforeAll
	void signUp() {
		this.runner = new ApiClient(this.port).signUp();
		this.raw = new RawHttp(this.port);
	}

	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of("POST", "/api/v1/signup", List.of("email", "password")),
				Arguments.of("PUT", "/api/v1/profile",
						List.of("age", "sex", "yearsRunning", "weeklyDistanceKm", "terrain", "units")),
				Arguments.of("POST", "/api/v1/tokens", List.of("name")),
				Arguments.of("POST", "/api/v1/checkins",
						List.of("painNow", "worstPain24h", "locations", "kinds", "timing", "painDuringRun",
								"painRoseAndChangedStride", "nextMorning", "newOrChangedSymptoms")),
				Arguments.of("POST", "/api/v1/screenings/red-flags", List.of("answers")),
				Arguments.of("POST", "/api/v1/screenings/clearance", List.of("advised", "consultedDoctor")),
				Arguments.of("POST", "/api/v1/questionnaires/risk/responses", List.of("items", "bothersomeness")),
				Arguments.of("POST", "/api/v1/questionnaires/function/responses", List.of("sections")),
				Arguments.of("POST", "/api/v1/motion/imu", List.of("t", "acc", "gyro")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("endpoints")
	void everyWrongValueOfEveryFieldIsAPlainProblem(String method, String path, List<String> fields) {
		List<String> failures = new ArrayList<>();
		List<String> bodies = new ArrayList<>(BODIES);
		for (String field : fields) {
			for (String value : VALUES) {
				bodies.add("{\"" + field + "\":" + value + "}");
			}
			bodies.add("{\"terrain\":{\"road\":" + "\"x\"" + "},\"answers\":{\"ces.bladder\":\"yes\"},\"" + field
					+ "\":[1,2]}");
		}
		for (String body : bodies) {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Authorization", "Bearer " + this.runner.token());
			headers.put("Content-Type", "application/json");
			RawHttp.Reply reply = this.raw.send(method, path, headers, body.getBytes(StandardCharsets.UTF_8));
			String problem = check(reply);
			if (problem != null) {
				failures.add(body.substring(0, Math.min(body.length(), 80)) + " → " + reply.status() + " " + problem);
			}
		}
		assertThat(failures).isEmpty();
	}

	private static String check(RawHttp.Reply reply) {
		if (reply.status() >= 500) {
			return "server error " + reply.body();
		}
		if (reply.status() < 400) {
			return null;
		}
		if (!reply.contentType().startsWith("application/problem+json")) {
			return "not a problem: " + reply.contentType();
		}
		JsonNode json = JSON.readTree(reply.body());
		String detail = json.path("detail").asString("");
		if (detail.isBlank() || json.path("status").asInt() != reply.status() || json.path("title").asString("").isBlank()) {
			return "incomplete problem " + reply.body();
		}
		for (String word : INTERNALS) {
			if (detail.contains(word)) {
				return "internals (" + word + "): " + detail;
			}
		}
		return null;
	}

}
