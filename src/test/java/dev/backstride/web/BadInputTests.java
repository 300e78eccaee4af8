package dev.backstride.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.motion.MotionSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact bad requests of issue 7 (items 4 and 8), each sent over real HTTP: every one is answered
 * with a 4xx problem in plain words for the API, or a message on the page, and nothing is stored.
 */
@BackstrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Words that belong to the server's insides, never to an answer. */
	private static final List<String> INTERNALS = List.of("java.", "jackson", "Jackson", "StreamReadConstraints",
			"Failed to convert", "Exception", "exception", "Required request body", "Content-Type '", "org.spring", "org.apache", "org.h2", "org.postgresql",
			"[Source", "line:", "column:", "Cannot deserialize", "Cannot coerce", "is not supported", "Request method",
			"MultipartFile", "boundary", "Tomcat", "tomcat", "FileUpload", "required type", "Unrecognized");

	@LocalServerPort
	int port;

	private ApiClient runner;

	private RawHttp raw;

	@BeforeAll
	void signUp() {
		this.runner = new ApiClient(this.port).signUp();
		this.raw = new RawHttp(this.port);
	}

	/** One API request and what must come back: status and a word the detail must contain. */
	record Case(String method, String path, String contentType, byte[] body, Map<String, String> headers,
			int status, String detailContains) {

		Case header(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(this.headers);
			more.put(name, value);
			return new Case(this.method, this.path, this.contentType, this.body, more, this.status,
					this.detailContains);
		}

	}

	static Case json(String method, String path, String body, int status, String detailContains) {
		return new Case(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(), status,
				detailContains);
	}

	static Case typed(String method, String path, String contentType, byte[] body, int status, String detailContains) {
		return new Case(method, path, contentType, body, Map.of(), status, detailContains);
	}

	static Arguments named(String name, Case c) {
		return Arguments.of(name, c);
	}

	static Stream<Arguments> apiCases() {
		byte[] zip = MotionSamples.sensorLoggerZip(MotionSamples.aShortRun(7));
		String boundary = "----bad-input";
		return Stream.of(
				// multipart/form-data that cannot be read
				named("multipart without a boundary on the upload", typed("POST", "/api/v1/motion/imu",
						"multipart/form-data", bytes("hello"), 400, "form")),
				named("multipart without a boundary on check-ins", typed("POST", "/api/v1/checkins",
						"multipart/form-data", bytes("hello"), 400, "")),
				named("multipart without a boundary on tokens", typed("POST", "/api/v1/tokens",
						"multipart/form-data", bytes("hello"), 400, "")),
				named("multipart with a truncated body", typed("POST", "/api/v1/motion/imu",
						"multipart/form-data; boundary=" + boundary, truncated(boundary, zip), 400, "form")),
				named("multipart with 60 parts", typed("POST", "/api/v1/motion/imu",
						"multipart/form-data; boundary=" + boundary, parts(boundary, 60), 400, "parts")),
				// null inside lists
				named("a null location", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"locations\":[null]}", 400, "locations")),
				named("a null kind", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"kinds\":[null]}", 400, "kinds")),
				named("a null timing", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"timing\":[null]}", 400, "timing")),
				// blank strings, NUL and text where a number or a yes/no belongs
				named("a blank pain score", json("POST", "/api/v1/checkins",
						"{\"painNow\":\" \",\"worstPain24h\":2}", 400, "painNow")),
				named("a NUL pain score", json("POST", "/api/v1/checkins",
						"{\"painNow\":\"\\u0000\",\"worstPain24h\":2}", 400, "painNow")),
				named("an empty pain score", json("POST", "/api/v1/checkins",
						"{\"painNow\":\"\",\"worstPain24h\":2}", 400, "painNow")),
				named("a pain score as text", json("POST", "/api/v1/checkins",
						"{\"painNow\":\"3\",\"worstPain24h\":2}", 400, "painNow")),
				named("a blank yes/no", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"painDuringRun\":1,\"painRoseAndChangedStride\":\" \"}",
						400, "painRoseAndChangedStride")),
				named("a yes/no as text", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"newOrChangedSymptoms\":\"true\"}", 400,
						"newOrChangedSymptoms")),
				named("a yes/no as a number", json("POST", "/api/v1/screenings/clearance",
						"{\"advised\":1,\"consultedDoctor\":false}", 400, "advised")),
				named("an object where a number belongs", json("POST", "/api/v1/checkins",
						"{\"painNow\":{},\"worstPain24h\":2}", 400, "painNow")),
				named("a pain score with a fraction", json("POST", "/api/v1/checkins",
						"{\"painNow\":1.5,\"worstPain24h\":2}", 400, "painNow")),
				named("a text in the risk items", json("POST", "/api/v1/questionnaires/risk/responses",
						"{\"items\":[\"a\",0,0,0,0,0,0,0],\"bothersomeness\":1}", 400, "items")),
				// absurd numbers
				named("a duplicated field", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"painNow\":9}", 400, "painNow")),
				named("years running 1e-999999999", json("PUT", "/api/v1/profile",
						"{\"yearsRunning\":1e-999999999}", 400, "ears running")),
				named("years running 1e999999999", json("PUT", "/api/v1/profile",
						"{\"yearsRunning\":1e999999999}", 400, "ears running")),
				named("weekly distance 1e-999999999", json("PUT", "/api/v1/profile",
						"{\"weeklyDistanceKm\":1e-999999999}", 400, "eekly distance")),
				named("an age beyond any integer", json("PUT", "/api/v1/profile",
						"{\"age\":99999999999999999999}", 400, "age")),
				named("an age of 1e3", json("PUT", "/api/v1/profile", "{\"age\":1e3}", 400, "age")),
				named("a number of 2000 digits", json("PUT", "/api/v1/profile",
						"{\"weeklyDistanceKm\":" + "9".repeat(2000) + "}", 400, "number")),
				// text that cannot be stored
				named("a token name with NUL", json("POST", "/api/v1/tokens", "{\"name\":\"a\\u0000b\"}", 400, "name")),
				named("a token name with a control character", json("POST", "/api/v1/tokens",
						"{\"name\":\"a\\u0007b\"}", 400, "name")),
				named("a token name with a lone surrogate", json("POST", "/api/v1/tokens",
						"{\"name\":\"a\\ud800b\"}", 400, "name")),
				named("an email with NUL", json("POST", "/api/v1/signup",
						"{\"email\":\"x\\u0000y@example.org\",\"password\":\"a long password\"}", 400, "email")),
				named("a password over 128 characters", json("POST", "/api/v1/signup",
						"{\"email\":\"long@example.org\",\"password\":\"" + "a".repeat(129) + "\"}", 400, "128")),
				// path variables, methods, bodies and types
				named("a token id that is not a number", json("DELETE", "/api/v1/tokens/abc", "", 400, "id in the address")),
				named("a token id beyond any integer", json("DELETE", "/api/v1/tokens/99999999999999999999", "",
						400, "id in the address")),
				named("a measurement id beyond any integer", json("GET", "/api/v1/motion/99999999999999999999", "",
						400, "id in the address")),
				named("GET on the upload address", json("GET", "/api/v1/motion/imu", "", 405, "POST")),
				named("PATCH on check-ins", json("PATCH", "/api/v1/checkins", "{}", 405, "POST")),
				named("no body", json("POST", "/api/v1/checkins", "", 400, "JSON")),
				named("no body for the profile", json("PUT", "/api/v1/profile", "", 400, "JSON")),
				named("malformed JSON", json("POST", "/api/v1/checkins", "{\"painNow\":", 400, "JSON")),
				named("a JSON array for an object", json("POST", "/api/v1/checkins", "[]", 400, "JSON object")),
				named("a misspelt field", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"painDuringRunn\":7}", 400, "'painDuringRunn' is not one")),
				named("a field of another request", json("PUT", "/api/v1/profile",
						"{\"age\":40,\"painNow\":3}", 400, "'painNow' is not one")),
				named("a JSON body over 256 KiB", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"note\":\"" + "a".repeat(300_000) + "\"}", 413, "256 KiB")),
				named("an unknown enum word", json("POST", "/api/v1/checkins",
						"{\"painNow\":1,\"worstPain24h\":2,\"locations\":[\"NOWHERE\"]}", 400, "locations")),
				named("text/plain", typed("POST", "/api/v1/checkins", "text/plain", bytes("{}"), 400, "JSON")),
				named("a broken content type", typed("POST", "/api/v1/checkins", "application/", bytes("{}"), 400,
						"JSON")),
				named("an unknown charset", typed("POST", "/api/v1/checkins", "application/json; charset=nonsense",
						bytes("{}"), 400, "")),
				named("a JSON body on the upload with text for numbers", json("POST", "/api/v1/motion/imu",
						"{\"t\":\"x\"}", 400, "")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("apiCases")
	void anApiRequestWithBadInputIsAProblemInPlainWordsAndStoresNothing(String name, Case c) {
		Map<String, String> headers = new LinkedHashMap<>(c.headers());
		headers.put("Authorization", "Bearer " + this.runner.token());
		headers.put("Accept", "application/json");
		if (c.contentType() != null) {
			headers.put("Content-Type", c.contentType());
		}
		RawHttp.Reply reply = this.raw.send(c.method(), c.path(), headers,
				c.body().length == 0 && !c.method().equals("POST") && !c.method().equals("PUT") ? null : c.body());
		assertProblem(reply, c.status(), c.detailContains());
		assertNothingStored();
	}

	static Stream<Arguments> tomcatCases() {
		return Stream.of(Arguments.of("a NUL in the path", "/api/v1/today%00", Map.of()),
				Arguments.of("an invalid UTF-8 escape", "/api/v1/%ff", Map.of()),
				Arguments.of("an encoded slash", "/api/v1/tokens%2F1", Map.of()),
				Arguments.of("a path of 10,000 characters", "/api/v1/" + "a".repeat(10_000), Map.of()),
				Arguments.of("a header of 20 KB", "/api/v1/today", Map.of("X-Padding", "p".repeat(20_000))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tomcatCases")
	void aRequestTheServerRefusesBeforeTheApplicationIsStillAProblem(String name, String target,
			Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Authorization", "Bearer " + this.runner.token());
		RawHttp.Reply reply = this.raw.send("GET", target, all, null);
		assertThat(reply.status()).as(reply.body()).isBetween(400, 431);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(reply.body());
		assertThat(problem.get("status").asInt()).isEqualTo(reply.status());
		assertThat(problem.get("detail").asString()).isNotBlank();
		INTERNALS.forEach(word -> assertThat(reply.body()).doesNotContain(word));
	}

	@Test
	void aChunkedJsonBodyOverItsLimitIsRefusedAsTooLargeAndStoresNothing() {
		byte[] body = ("{\"painNow\":1,\"worstPain24h\":2,\"note\":\"" + "a".repeat(300_000) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		RawHttp.Reply reply = this.raw.sendChunked("POST", "/api/v1/checkins", Map.of("Authorization",
				"Bearer " + this.runner.token(), "Accept", "application/json", "Content-Type", "application/json"), body);
		assertProblem(reply, 413, "256 KiB");
		assertNothingStored();
	}

	@Test
	void anUnauthorizedProblemDeclaresUtf8() {
		RawHttp.Reply reply = this.raw.send("GET", "/api/v1/today", Map.of("Authorization", "Bearer bs_unknown"), null);
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.contentType()).startsWith("application/problem+json").containsIgnoringCase("charset=UTF-8");
		RawHttp.Reply none = this.raw.send("GET", "/api/v1/today", Map.of(), null);
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.contentType()).doesNotContainIgnoringCase("ISO-8859-1");
	}

	@Test
	void aFileNameWithNulIsRefusedWithTheReason() {
		String boundary = "----nul-name";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Run\0.zip\""
				+ "\r\nContent-Type: application/zip\r\n\r\n"));
		body.writeBytes(MotionSamples.sensorLoggerZip(MotionSamples.aRun(5)));
		body.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
		RawHttp.Reply reply = this.raw.send("POST", "/api/v1/motion/imu",
				Map.of("Authorization", "Bearer " + this.runner.token(), "Content-Type",
						"multipart/form-data; boundary=" + boundary),
				body.toByteArray());
		assertProblem(reply, 400, "name contains a NUL");
		assertNothingStored();
	}

	@Test
	void aPasswordOfThirtyEuroSignsIsWithinTheLimitOf128Characters() {
		ApiClient client = new ApiClient(this.port);
		String email = "euro-" + System.nanoTime() + "@example.org";
		String password = "€".repeat(30);
		ApiClient.Reply created = client.post("/api/v1/signup",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		PageForms page = new PageForms(this.port);
		page.get("/login");
		HttpResponse<String> login = page.form("/login", "username", email, "password", password);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		PageForms wrong = new PageForms(this.port);
		wrong.get("/login");
		HttpResponse<String> refused = wrong.form("/login", "username", email, "password", "€".repeat(29) + "e");
		assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("error");
	}

	@Test
	void theSignUpPageTakesPasswordsOfUpTo128CharactersAndExplainsLongerOnes() {
		for (int length : new int[] { 73, 100, 128 }) {
			PageForms page = new PageForms(this.port);
			page.get("/signup");
			String password = "p".repeat(length);
			HttpResponse<String> reply = page.form("/signup", "email", "long-" + length + "-" + System.nanoTime()
					+ "@example.org", "password", password, "confirm", password);
			assertThat(reply.statusCode()).as("length %d", length).isEqualTo(302);
		}
		for (String password : new String[] { "p".repeat(129), "€".repeat(129) }) {
			PageForms page = new PageForms(this.port);
			page.get("/signup");
			HttpResponse<String> reply = page.form("/signup", "email", "longer-" + System.nanoTime() + "@example.org",
					"password", password, "confirm", password);
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(reply.body()).contains("at most 128 characters");
		}
		PageForms page = new PageForms(this.port);
		page.get("/signup");
		HttpResponse<String> nul = page.form("/signup", "email", "nul\0x@example.org", "password", "a long password",
				"confirm", "a long password");
		assertThat(nul.statusCode()).isEqualTo(200);
		assertThat(nul.body()).contains("valid email address");
	}

	/** Each page form with fields left out or filled with garbage: a page with a message, never an error. */
	static Stream<Arguments> pageCases() {
		return Stream.of(
				Arguments.of("/profile", List.of("age", "5"), "Age must be between 10 and 110"),
				Arguments.of("/profile", List.of("age", "abc"), "Age must be a whole number"),
				Arguments.of("/profile", List.of("age", "99999999999"), "Age must be a whole number"),
				Arguments.of("/profile", List.of("age", "30", "sex", "ALIEN"), "female, male or other"),
				Arguments.of("/profile", List.of("yearsRunning", "1e-999999999"), "Years running"),
				Arguments.of("/profile", List.of("yearsRunning", "many"), "Years running must be a number"),
				Arguments.of("/profile", List.of("weeklyDistance", "-1"), "Weekly distance"),
				Arguments.of("/profile", List.of("terrain.road", "abc"), "terrain share"),
				Arguments.of("/profile", List.of("terrain.road", "50"), "add up to 100"),
				Arguments.of("/profile", List.of("terrain.road", "999"), "terrain share"),
				Arguments.of("/checkin", List.of(), "pain right now"),
				Arguments.of("/checkin", List.of("painNow", "abc", "worstPain24h", "2"), "pain right now"),
				Arguments.of("/checkin", List.of("painNow", "1", "worstPain24h", "11"), "0 to 10"),
				Arguments.of("/checkin", List.of("painNow", "1", "worstPain24h", "2", "locations", "NOWHERE"),
						"where the pain is"),
				Arguments.of("/checkin", List.of("painNow", "1", "worstPain24h", "2", "nextMorning", "LATER"),
						"next morning"),
				Arguments.of("/checkin",
						List.of("painNow", "1", "worstPain24h", "2", "painDuringRun", "x", "painRoseAndChangedStride",
								"maybe"),
						"pain during your last run"));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("pageCases")
	void aPageFormWithGarbageShowsTheFormWithAMessage(String path, List<String> fields, String message) {
		PageForms page = PageForms.signedUp(this.port);
		page.get(path);
		HttpResponse<String> reply = page.form(path, fields.toArray(String[]::new));
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
		assertThat(reply.body()).contains(message).contains("<form");
		INTERNALS.forEach(word -> assertThat(reply.body()).doesNotContain(word));
		if (path.equals("/profile")) {
			assertThat(page.get("/profile").body()).doesNotContain("value=\"30\"");
		}
	}

	/** Other page requests with garbage: a page that says so (4xx at worst), never a 5xx. */
	static Stream<Arguments> otherPageCases() {
		return Stream.of(Arguments.of("/tokens", List.of("name", "a\0b")), Arguments.of("/tokens", List.of("name", "x".repeat(101))),
				Arguments.of("/tokens/abc/revoke", List.of()), Arguments.of("/tokens/99999999999999999999/revoke", List.of()),
				Arguments.of("/screening", List.of("ces.bladder", "perhaps")), Arguments.of("/screening", List.of()),
				Arguments.of("/screening/assessed", List.of("confirm", "maybe")),
				Arguments.of("/screening/clearance", List.of("advised", "maybe", "consulted", "\0")),
				Arguments.of("/questionnaires/risk", List.of("1", "x")),
				Arguments.of("/questionnaires/function", List.of("1", "99")),
				Arguments.of("/questionnaires/nothing", List.of()), Arguments.of("/motion/upload", List.of()),
				Arguments.of("/login", List.of("username", "a\0b@example.org", "password", "x".repeat(5000))),
				Arguments.of("/login", List.of("username", "\ud800", "password", "\0")),
				Arguments.of("/signup", List.of("email", "x".repeat(5000), "password", "\ud800".repeat(20))),
				Arguments.of("/signup", List.of()));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("otherPageCases")
	void otherPageFormsWithGarbageNeverFailOnTheServer(String path, List<String> fields) {
		PageForms page = PageForms.signedUp(this.port);
		page.get("/tokens");
		HttpResponse<String> reply = page.form(path, fields.toArray(String[]::new));
		assertThat(reply.statusCode()).as(reply.body()).isLessThan(500);
		INTERNALS.forEach(word -> assertThat(reply.body()).doesNotContain(word));
		assertThat(page.get("/tokens").body()).doesNotContain("a\0b");
	}

	/** Multipart bodies that cannot be read, sent to pages with a valid session and CSRF header. */
	static Stream<Arguments> pageMultipartCases() {
		String boundary = "----page-bad";
		byte[] zip = MotionSamples.sensorLoggerZip(MotionSamples.aShortRun(9));
		return Stream.of(Arguments.of("/motion/upload", "multipart/form-data", bytes("hello")),
				Arguments.of("/motion/upload", "multipart/form-data; boundary=" + boundary, truncated(boundary, zip)),
				Arguments.of("/motion/upload", "multipart/form-data; boundary=" + boundary, parts(boundary, 60)),
				Arguments.of("/profile", "multipart/form-data", bytes("hello")),
				Arguments.of("/checkin", "multipart/form-data; boundary=" + boundary, truncated(boundary, zip)),
				Arguments.of("/tokens", "multipart/form-data", bytes("hello")));
	}

	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource("pageMultipartCases")
	void aPageGivenAnUnreadableMultipartBodySaysSo(String path, String contentType, byte[] body) {
		PageForms page = PageForms.signedUp(this.port);
		page.get("/motion");
		RawHttp.Reply reply = this.raw.send("POST", path, Map.of("Cookie", page.cookieHeader(), "X-CSRF-TOKEN",
				page.csrf(), "Content-Type", contentType, "Accept", "text/html"), body);
		assertThat(reply.status()).as(reply.body()).isBetween(300, 499);
		INTERNALS.forEach(word -> assertThat(reply.body()).doesNotContain(word));
		if (reply.status() == 302) {
			String next = page.get(reply.header("Location").replaceFirst("^https?://[^/]+", "")).body();
			assertThat(next).contains("could not be read");
		}
		else {
			assertThat(reply.body()).contains("could not be read");
		}
		assertThat(page.get("/motion").body()).contains("No measurements yet");
	}

	private void assertProblem(RawHttp.Reply reply, int status, String detailContains) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(reply.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		String detail = problem.get("detail").asString();
		assertThat(detail).contains(detailContains).endsWith(".");
		INTERNALS.forEach(word -> assertThat(detail).as(detail).doesNotContain(word));
	}

	private void assertNothingStored() {
		assertThat(this.runner.get("/api/v1/checkins").json()).isEmpty();
		assertThat(this.runner.get("/api/v1/motion").json()).isEmpty();
		assertThat(this.runner.get("/api/v1/tokens").json()).hasSize(1);
		JsonNode profile = this.runner.get("/api/v1/profile").json();
		assertThat(profile.get("age").isNull()).isTrue();
		assertThat(profile.get("yearsRunning").isNull()).isTrue();
		assertThat(profile.get("weeklyDistanceKm").isNull()).isTrue();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A file part that stops half way, without its closing boundary. */
	private static byte[] truncated(String boundary, byte[] file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Run.zip\""
				+ "\r\nContent-Type: application/zip\r\n\r\n"));
		out.write(file, 0, file.length / 2);
		return out.toByteArray();
	}

	/** {@code count} small form fields. */
	private static byte[] parts(String boundary, int count) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < count; i++) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
				.append("\"\r\n\r\nx\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		return bytes(body.toString());
	}

}
