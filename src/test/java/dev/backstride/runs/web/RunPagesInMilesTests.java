package dev.backstride.runs.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A runner who reads miles logs a run in miles: the page asks in miles, the server converts to metres
 * exactly (stored to the decimetre, as every run), and the run reads back in miles; a runner in kilometres is asked in kilometres as before.
 */
@BackstrideTest
class RunPagesInMilesTests {

	private static final String PASSWORD = "a long password";

	@LocalServerPort
	int port;

	record Runner(WebClient web, ApiClient api) {
	}

	private Runner aRunnerIn(String units) {
		String email = "miles-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port);
		Reply signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		api.withToken(signUp.json().get("token").asString());
		Reply profile = api.put("/api/v1/profile", "{\"age\":45,\"units\":\"" + units + "\"}");
		assertThat(profile.status()).as(profile.body()).isEqualTo(200);
		WebClient web = new WebClient();
		assertThat(web.logIn(this.port, email, PASSWORD).statusCode()).isEqualTo(302);
		return new Runner(web, api);
	}

	private static String[] aRun(String distance) {
		return new String[] { "date", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "distance", distance,
				"hours", "0", "minutes", "31", "seconds", "0", "terrain", "ROAD", "painDuring", "2", "painAfter", "3",
				"effort", "4" };
	}

	@Test
	void aRunnerInMilesIsAskedInMilesAndTheRunIsStoredInMetresExactly() {
		Runner runner = aRunnerIn("MILES");
		String form = runner.web().get(this.port, "/runs/new").body();
		assertThat(form).contains("Distance in <span>miles</span>", "placeholder=\"3.1\"", "You chose <span>miles</span>");
		assertThat(form).doesNotContain("kilometres");

		HttpResponse<String> saved = runner.web().form(this.port, "/runs/new", aRun("3.1"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String page = WebClient.location(saved);
		assertThat(page).matches("/runs/\\d+");
		JsonNode run = runner.api().get("/api/v1/runs/" + page.substring("/runs/".length())).json();
		// 3.1 mi = 4,988.9664 m, converted exactly and stored to the decimetre: far inside 0.5% (25 m)
		assertThat(run.get("distanceMeters").asDouble()).isCloseTo(4988.9664, within(0.05))
			.isCloseTo(4988.9664, within(4988.9664 * 0.005));
		assertThat(runner.web().get(this.port, page).body()).contains("3.10 mi", "/mi");
		assertThat(runner.web().get(this.port, "/runs").body()).contains("3.10 mi");
	}

	@Test
	void aDistanceBeyondTheLogIsRefusedInMilesAndNothingIsStored() {
		Runner runner = aRunnerIn("MILES");
		runner.web().get(this.port, "/runs/new");
		HttpResponse<String> refused = runner.web().form(this.port, "/runs/new", aRun("621.4"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("The distance must be from 0 to 621 miles.", "value=\"621.4\"");
		HttpResponse<String> unreadable = runner.web().form(this.port, "/runs/new", aRun("three"));
		assertThat(unreadable.body()).contains("Give the distance in miles, like 3.1.");
		assertThat(runner.api().get("/api/v1/runs").json()).isEmpty();
		// the longest run there is, 621.37 miles (1,000 km), is taken
		assertThat(runner.web().form(this.port, "/runs/new", aRun("621.37")).statusCode()).isEqualTo(302);
		assertThat(runner.api().get("/api/v1/runs").json().get(0).get("distanceMeters").asDouble())
			.isCloseTo(999_998.08128, within(0.05));
	}

	@Test
	void aRunnerInKilometresIsAskedInKilometres() {
		Runner runner = aRunnerIn("KM");
		assertThat(runner.web().get(this.port, "/runs/new").body()).contains("Distance in <span>kilometres</span>",
				"placeholder=\"5.2\"");
		HttpResponse<String> saved = runner.web().form(this.port, "/runs/new", aRun("5.2"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(runner.api().get("/api/v1/runs").json().get(0).get("distanceMeters").asDouble()).isEqualTo(5200.0);
		assertThat(runner.web().get(this.port, WebClient.location(saved)).body()).contains("5.20 km", "/km");
	}

	@Test
	void theApiTakesADistanceWithItsUnitAndNamesTheFieldWhenTheUnitIsWrong() {
		ApiClient api = new ApiClient(this.port).signUp();
		String run = """
				{"date":"2026-03-02","durationSeconds":1830,"distance":%s,"distanceUnit":%s,"terrain":"ROAD",
				"painDuring":3,"painAfter":4,"effort":6}""";
		Reply created = api.post("/api/v1/runs", run.formatted("26.2", "\"MILES\""));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("distanceMeters").asDouble()).isCloseTo(42164.8128, within(0.05));
		Reply wrongUnit = api.post("/api/v1/runs", run.formatted("5", "\"FURLONGS\""));
		assertThat(wrongUnit.status()).isEqualTo(400);
		assertThat(wrongUnit.json().get("detail").asString()).contains("distanceUnit", "kilometres or miles");
		Reply both = api.post("/api/v1/runs", run.formatted("5", "\"KM\"").replace("\"terrain\"",
				"\"distanceMeters\":5000,\"terrain\""));
		assertThat(both.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/runs?from=2026-03-01&to=2026-03-03").json()).hasSize(1);
	}

}
