package dev.backstride;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.backstride.ApiClient.Reply;
import dev.backstride.motion.MotionSamples;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One runner can never read or change another's data, through any page or API endpoint. Two runners
 * with distinctive data each look at everything they can reach; the other's values never appear.
 */
@BackstrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopingTests {

	/**
	 * Every operation of the JSON API. A new endpoint fails {@link #everyApiEndpointIsCoveredHere()}
	 * until it is added here and its scoping is checked below.
	 */
	private static final Set<String> API = Set.of("POST /api/v1/signup", "GET /api/v1/profile", "PUT /api/v1/profile",
			"GET /api/v1/tokens", "POST /api/v1/tokens", "DELETE /api/v1/tokens/{id}",
			"POST /api/v1/screenings/red-flags", "GET /api/v1/screenings/status",
			"POST /api/v1/screenings/clinician-assessed", "POST /api/v1/screenings/clearance",
			"POST /api/v1/questionnaires/risk/responses", "GET /api/v1/questionnaires/risk/responses",
			"POST /api/v1/questionnaires/function/responses", "GET /api/v1/questionnaires/function/responses",
			"GET /api/v1/questionnaires/due", "POST /api/v1/checkins", "GET /api/v1/checkins", "GET /api/v1/today",
			"PUT /api/v1/checkins/{date}", "DELETE /api/v1/checkins/{date}",
			"POST /api/v1/motion/imu", "GET /api/v1/motion", "GET /api/v1/motion/{id}", "DELETE /api/v1/motion/{id}",
			"GET /api/v1/plan", "PUT /api/v1/plan/core-days", "GET /api/v1/plan/history", "POST /api/v1/sessions", "GET /api/v1/sessions",
			"POST /api/v1/self-tests", "GET /api/v1/self-tests", "POST /api/v1/plan/calendar",
			"DELETE /api/v1/plan/calendar",
			"POST /api/v1/runs", "GET /api/v1/runs", "GET /api/v1/runs/{id}", "PATCH /api/v1/runs/{id}",
			"GET /api/v1/runs/{id}/original", "GET /api/v1/load",
			"POST /api/v1/imports", "GET /api/v1/imports/{id}", "DELETE /api/v1/imports/{id}",
			"GET /api/v1/export", "GET /api/v1/export/fhir", "DELETE /api/v1/account",
			// acts on the caller's own account only (no id in it): PasswordChangeTests checks another runner is untouched
			"PUT /api/v1/account/password");

	/** Every page a signed-in runner can open. */
	private static final List<String> PAGES = List.of("/", "/today", "/profile", "/tokens", "/screening",
			"/screening/status", "/screening/clearance", "/questionnaires", "/questionnaires/risk",
			"/questionnaires/function", "/checkin", "/motion", "/motion/record", "/account",
			"/program", "/program/history", "/program/tests", "/program/tests/leg-raise", "/program/tests/plank", "/program/tests/hip-flexor",
			"/runs", "/runs/new", "/runs/import", "/insights",
			"/program/session", "/program/pre-run");

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	Runner alice;

	Runner bob;

	/** A runner with an API client, a page session, and values that appear nowhere else. */
	record Runner(String email, ApiClient api, Session page, long namedTokenId, long motionId,
			List<String> distinctive) {

		/** The same runner, minus the values that a page shows to everyone. */
		Runner without(String template) {
			return new Runner(this.email, this.api, this.page, this.namedTokenId, this.motionId,
					this.distinctive.stream().filter(value -> !template.contains(value)).toList());
		}

	}

	@BeforeAll
	void twoRunnersWithTheirOwnData() throws Exception {
		// Alice: 23, clear screening, high risk, 100% function, pain 7/9 below the knee.
		this.alice = runner("alice", "{\"age\":23,\"sex\":\"FEMALE\",\"weeklyDistanceKm\":37.5}", redFlags(),
				"{\"items\":[1,1,1,1,1,1,1,1],\"bothersomeness\":4}", "{\"sections\":[5,5,5,5,5,5,5,5,5,5]}",
				"{\"painNow\":7,\"worstPain24h\":9,\"locations\":[\"LEG_BELOW_KNEE\"],\"kinds\":[\"TWISTING\"]}");
		this.alice.api().post("/api/v1/screenings/clearance", "{\"advised\":true}");
		// Bob: 61, previous cancer (see a clinician), low risk, 15.6% function, pain 2/3 in the buttock.
		this.bob = runner("bob", "{\"age\":61,\"sex\":\"MALE\",\"weeklyDistanceKm\":81.25}",
				redFlags("cancer.history"), "{\"items\":[0,0,0,0,0,0,0,0],\"bothersomeness\":0}",
				"{\"sections\":[1,1,0,0,1,1,1,1,1,null]}",
				"{\"painNow\":2,\"worstPain24h\":3,\"locations\":[\"BUTTOCK\"],\"kinds\":[\"BENDING\"]}");
	}

	private Runner runner(String name, String profile, String redFlags, String risk, String function, String checkIn)
			throws Exception {
		String email = name + "-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port);
		Reply signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		api.withToken(signUp.json().get("token").asString());
		String tokenName = name + "-token-" + UUID.randomUUID();
		assertThat(api.put("/api/v1/profile", profile).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/screenings/red-flags", redFlags).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/questionnaires/risk/responses", risk).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/questionnaires/function/responses", function).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/checkins", checkIn).status()).isEqualTo(201);
		Reply token = api.post("/api/v1/tokens", "{\"name\":\"" + tokenName + "\"}");
		assertThat(token.status()).isEqualTo(201);
		Reply motion = api.post("/api/v1/motion/imu",
				MotionSamples.json(MotionSamples.aRun(name.equals("alice") ? 101 : 202)));
		assertThat(motion.status()).isEqualTo(201);
		String sessionNote = name + "-session-note-" + UUID.randomUUID();
		assertThat(api.post("/api/v1/sessions", "{\"kind\":\"CORE\",\"painDuring\":1,\"note\":\"" + sessionNote
				+ "\",\"exercises\":[{\"id\":\"EX-CRUNCH\",\"sets\":[{\"reps\":" + (name.equals("alice") ? 97 : 83)
				+ "}]}]}").status()).isEqualTo(201);
		assertThat(api.post("/api/v1/self-tests", name.equals("alice") ? "{\"test\":\"T-HAM\",\"left\":63,\"right\":77}"
				: "{\"test\":\"T-CORE\",\"plankSeconds\":1234,\"sidePlankLeft\":40,\"sidePlankRight\":40}").status())
			.isEqualTo(201);
		String run = "{\"date\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\",\"durationSeconds\":"
				+ (name.equals("alice") ? 2017 : 3119) + ",\"distanceMeters\":" + (name.equals("alice") ? 7321.5 : 9876.25)
				+ ",\"terrain\":\"TRAIL\",\"painDuring\":1,\"painAfter\":2,\"effort\":4}";
		assertThat(api.post("/api/v1/runs", run).status()).isEqualTo(201);
		Session page = Session.logIn(this.port, email, PASSWORD);
		List<String> distinctive = new ArrayList<>(List.of(email, tokenName, token.json().get("token").asString(),
				api.token(), sessionNote));
		distinctive.addAll(name.equals("alice") ? List.of("37.5", "LEG_BELOW_KNEE", "TWISTING", "100.0", "HIGH",
				"Down the leg, below the knee", "\"left\":63", "7321.5", "7.32 km", "33:37", "\"distanceKm\":7.3")
				: List.of("\"plankSeconds\":1234", "81.25", "BUTTOCK", "BENDING", "15.6", "RF-CANCER", "PAUSED_SEE_CLINICIAN",
						"9876.25", "9.88 km", "51:59", "\"distanceKm\":9.9"));
		return new Runner(email, api, page, token.json().get("id").asLong(), motion.json().get("id").asLong(),
				distinctive);
	}

	@Test
	void everyApiEndpointIsCoveredHere() {
		assertThat(apiOperations()).as("add new endpoints to ScopingTests.API and check their scoping")
			.isEqualTo(new TreeSet<>(API));
	}

	@Test
	void everyApiReadShowsOnlyTheCallersOwnData() {
		List<String> reads = apiOperations().stream()
			.filter(op -> op.startsWith("GET ") && !op.contains("{"))
			.map(op -> op.substring(4))
			.toList();
		assertThat(reads).hasSize((int) API.stream().filter(op -> op.startsWith("GET ") && !op.contains("{")).count());
		for (String path : reads) {
			assertOwnOnly(this.alice, this.bob, path, this.alice.api().get(path));
			assertOwnOnly(this.bob, this.alice, path, this.bob.api().get(path));
		}
		assertThat(this.alice.api().get("/api/v1/profile").body()).contains("37.5");
		assertThat(this.bob.api().get("/api/v1/checkins").body()).contains("BUTTOCK");
		assertThat(this.alice.api().get("/api/v1/tokens").body()).contains(this.alice.distinctive().get(1));
		assertThat(this.bob.api().get("/api/v1/screenings/status").body()).contains("PAUSED_SEE_CLINICIAN");
		assertThat(this.alice.api().get("/api/v1/screenings/status").body()).contains("ACTIVE");
		assertThat(this.alice.api().get("/api/v1/load").body()).contains("\"distanceKm\":7.3");
		assertThat(this.bob.api().get("/api/v1/load").body()).contains("\"distanceKm\":9.9");
		assertThat(this.alice.api().get("/api/v1/sessions").body()).contains(this.alice.distinctive().get(4));
		assertThat(this.alice.api().get("/api/v1/self-tests").body()).contains("\"left\":63");
		assertThat(this.bob.api().get("/api/v1/self-tests").body()).contains("1234");
	}

	@Test
	void everyPageShowsOnlyTheSignedInRunnersOwnData() throws Exception {
		// A new runner's page shows the form's own words (a location like "BUTTOCK" is a choice on the
		// check-in form): only what is absent there can count as someone's data.
		String email = "carol-" + UUID.randomUUID() + "@example.org";
		new ApiClient(this.port).post("/api/v1/signup",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		Session carol = Session.logIn(this.port, email, PASSWORD);
		for (String path : PAGES) {
			String template = carol.get(path).body();
			HttpResponse<String> alices = this.alice.page().get(path);
			assertThat(alices.statusCode()).as(path).isEqualTo(200);
			assertOwnOnly(this.alice, this.bob.without(template), path, alices.body());
			HttpResponse<String> bobs = this.bob.page().get(path);
			assertThat(bobs.statusCode()).as(path).isEqualTo(200);
			assertOwnOnly(this.bob, this.alice.without(template), path, bobs.body());
		}
		assertThat(this.alice.page().get("/tokens").body()).contains(this.alice.distinctive().get(1));
		assertThat(this.bob.page().get("/screening/status").body()).contains("RF-CANCER");
		assertThat(this.alice.page().get("/questionnaires").body()).contains("100.0%");
	}

	@Test
	void aRunnerCannotReadAnotherRunnersPelvisReport() throws Exception {
		assertThat(this.alice.api().get("/api/v1/motion/" + this.alice.motionId()).status()).isEqualTo(200);
		Reply other = this.alice.api().get("/api/v1/motion/" + this.bob.motionId());
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(this.alice.api().get("/api/v1/motion").json()).hasSize(1);
		assertThat(this.alice.page().get("/motion/" + this.bob.motionId()).statusCode()).isEqualTo(404);
		assertThat(this.bob.page().get("/motion/" + this.bob.motionId()).statusCode()).isEqualTo(200);
	}

	@Test
	void aRunnerCannotChangeOrDeleteAnotherRunnersCheckIn() throws Exception {
		String today = this.bob.api().get("/api/v1/checkins").json().get(0).get("date").asString();
		ApiClient carol = new ApiClient(this.port).signUp();
		Reply change = carol.put("/api/v1/checkins/" + today, "{\"painNow\":0,\"worstPain24h\":0}");
		assertThat(change.status()).isEqualTo(404);
		assertThat(this.bob.api().get("/api/v1/checkins").body()).contains("BUTTOCK");
		Reply delete = carol.delete("/api/v1/checkins/" + today);
		assertThat(delete.status()).isEqualTo(404);
		assertThat(delete.body()).doesNotContain("BUTTOCK").doesNotContain("LEG_BELOW_KNEE");
		assertThat(this.bob.api().get("/api/v1/checkins").json()).hasSize(1);
		assertThat(this.alice.api().get("/api/v1/checkins").json()).hasSize(1);
	}

	@Test
	void aRunnerCannotReadChangeOrDownloadAnotherRunnersRun() throws Exception {
		long alicesRun = this.alice.api().get("/api/v1/runs").json().get(0).get("id").asLong();
		long bobsRun = this.bob.api().get("/api/v1/runs").json().get(0).get("id").asLong();
		assertThat(this.alice.api().get("/api/v1/runs/" + alicesRun).status()).isEqualTo(200);
		for (String path : List.of("/api/v1/runs/" + bobsRun, "/api/v1/runs/" + bobsRun + "/original")) {
			Reply other = this.alice.api().get(path);
			assertThat(other.status()).as(path).isEqualTo(404);
			assertThat(other.body()).doesNotContain("9876.25");
		}
		assertThat(this.alice.api().send("PATCH", "/api/v1/runs/" + bobsRun, "application/json",
				"{\"terrain\":\"ROAD\"}").status()).isEqualTo(404);
		assertThat(this.bob.api().get("/api/v1/runs/" + bobsRun).json().get("terrain").asString()).isEqualTo("TRAIL");
		assertThat(this.alice.page().get("/runs/" + bobsRun).statusCode()).isEqualTo(404);
		String boundary = "scoping-boundary";
		Reply started = this.bob.api().sendBytes("POST", "/api/v1/imports", "multipart/form-data; boundary=" + boundary,
				dev.backstride.runs.fileimport.Archives.multipart(boundary, Map.of("bob-9876.gpx", "<gpx/>".getBytes())));
		assertThat(started.status()).isEqualTo(202);
		long bobsImport = started.json().get("importId").asLong();
		assertThat(this.alice.api().get("/api/v1/imports/" + bobsImport).status()).isEqualTo(404);
		assertThat(this.alice.api().delete("/api/v1/imports/" + bobsImport).status()).isEqualTo(404);
		assertThat(this.alice.page().get("/runs/import/" + bobsImport + "/progress").statusCode()).isEqualTo(404);
		assertThat(this.alice.page().get("/runs/import").body()).doesNotContain("bob-9876.gpx");
		assertThat(this.bob.api().get("/api/v1/imports/" + bobsImport).body()).contains("bob-9876.gpx");
		assertThat(this.bob.page().get("/runs/" + bobsRun).body()).contains("9.88 km");
	}

	@Test
	void aRunnerCannotDeleteAnotherRunnersRecording() throws Exception {
		Reply delete = this.alice.api().delete("/api/v1/motion/" + this.bob.motionId());
		assertThat(delete.status()).isEqualTo(404);
		assertThat(delete.contentType()).startsWith("application/problem+json");
		assertThat(this.alice.page().post("/motion/" + this.bob.motionId() + "/delete", Map.of(), true).statusCode())
			.isEqualTo(404);
		assertThat(this.bob.api().get("/api/v1/motion/" + this.bob.motionId()).status()).isEqualTo(200);
	}

	@Test
	void aRunnerCannotRevokeAnotherRunnersToken() throws Exception {
		Reply revoke = this.alice.api().delete("/api/v1/tokens/" + this.bob.namedTokenId());
		assertThat(revoke.status()).isEqualTo(404);
		assertThat(revoke.body()).doesNotContain(this.bob.distinctive().get(1));
		HttpResponse<String> page = this.alice.page()
			.post("/tokens/" + this.bob.namedTokenId() + "/revoke", Map.of(), true);
		assertThat(page.body()).contains("You have no active token with that id.");
		String bobsNamedToken = this.bob.distinctive().get(2);
		assertThat(new ApiClient(this.port).withToken(bobsNamedToken).get("/api/v1/profile").status()).isEqualTo(200);
		assertThat(this.bob.api().get("/api/v1/tokens").body()).doesNotContain("\"revokedAt\":\"");
	}

	@Test
	void aPageFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		Session alice = this.alice.page();
		Map<String, String> checkIn = Map.of("painNow", "0", "worstPain24h", "0");
		assertThat(alice.post("/checkin", checkIn, false).statusCode()).isEqualTo(403);
		assertThat(alice.post("/profile", Map.of("age", "99"), false).statusCode()).isEqualTo(403);
		assertThat(alice.post("/tokens/" + this.alice.namedTokenId() + "/revoke", Map.of(), false).statusCode())
			.isEqualTo(403);
		assertThat(alice.post("/screening/assessed", Map.of("confirm", "true"), false).statusCode()).isEqualTo(403);
		assertThat(alice.post("/account/delete", Map.of("password", PASSWORD), false).statusCode()).isEqualTo(403);
		assertThat(this.alice.api().get("/api/v1/checkins").json().size()).isEqualTo(1);
		assertThat(this.alice.api().get("/api/v1/profile").json().get("age").asInt()).isEqualTo(23);
		assertThat(this.alice.api().get("/api/v1/tokens").body()).doesNotContain("\"revokedAt\":\"");
	}

	@Test
	void thePageSessionDoesNotOpenTheApiAndATokenDoesNotOpenThePages() throws Exception {
		HttpResponse<String> api = this.alice.page().get("/api/v1/profile");
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.body()).doesNotContain("37.5");
		HttpRequest pageWithToken = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/profile"))
			.header("Authorization", "Bearer " + this.alice.api().token())
			.build();
		HttpResponse<String> page = HttpClient.newHttpClient().send(pageWithToken, HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private void assertOwnOnly(Runner caller, Runner other, String path, Reply reply) {
		assertThat(reply.status()).as(path).isEqualTo(200);
		assertOwnOnly(caller, other, path, reply.body());
	}

	private static void assertOwnOnly(Runner caller, Runner other, String path, String body) {
		for (String value : other.distinctive()) {
			assertThat(body).as("%s as %s shows the other runner's %s", path, caller.email(), value)
				.doesNotContain(value);
		}
	}

	private Set<String> apiOperations() {
		Reply docs = new ApiClient(this.port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		Set<String> operations = new TreeSet<>();
		docs.json().get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
			if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
				operations.add(method.toUpperCase() + " " + path.getKey());
			}
		}));
		return operations;
	}

	private static String redFlags(String... yes) {
		return "{\"answers\":{" + java.util.Arrays.stream(RedFlagItem.values())
			.map(item -> "\"" + item.id() + "\":" + List.of(yes).contains(item.id()))
			.collect(Collectors.joining(",")) + "}}";
	}

	/** A browser-like page session: cookies kept, redirects followed, the login form really posted. */
	static final class Session {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		private final String base;

		private Session(int port) {
			this.base = "http://localhost:" + port;
		}

		static Session logIn(int port, String email, String password) throws Exception {
			Session session = new Session(port);
			HttpResponse<String> form = session.get("/login");
			assertThat(form.statusCode()).isEqualTo(200);
			HttpResponse<String> home = session.send("/login", Map.of("username", email, "password", password,
					"_csrf", csrf(form.body())));
			assertThat(home.uri().getPath()).as("logged in").isEqualTo("/");
			assertThat(home.body()).contains("id=\"call\"");
			return session;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/** Posts a form, with the CSRF token of a freshly loaded page when {@code withCsrf}. */
		HttpResponse<String> post(String path, Map<String, String> fields, boolean withCsrf)
				throws IOException, InterruptedException {
			Map<String, String> all = new LinkedHashMap<>(fields);
			if (withCsrf) {
				all.put("_csrf", csrf(get("/tokens").body()));
			}
			return send(path, all);
		}

		private HttpResponse<String> send(String path, Map<String, String> fields)
				throws IOException, InterruptedException {
			String form = fields.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String csrf(String page) {
			Matcher matcher = CSRF.matcher(page);
			assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
			return matcher.group(1);
		}

	}

}
