package dev.backstride.runs.web;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class RunsApiTests {

	private static final String A_RUN = """
			{"date":"2026-03-02","startTime":"07:30","durationSeconds":1830,"distanceMeters":5210.5,
			"terrain":"TRAIL","painDuring":3,"painAfter":4,"painChangedStride":true,"effort":6}""";

	@LocalServerPort
	int port;

	@Test
	void logsARunByHandAndReadsItBackAloneAndInTheList() {
		ApiClient api = new ApiClient(this.port).signUp();
		Reply created = api.post("/api/v1/runs", A_RUN);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Reply one = api.get("/api/v1/runs/" + id);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("start").asString()).isEqualTo("2026-03-02T07:30:00Z");
		assertThat(one.json().get("elapsedSeconds").asInt()).isEqualTo(1830);
		assertThat(one.json().get("distanceMeters").asDouble()).isEqualTo(5210.5);
		assertThat(one.json().get("terrain").asString()).isEqualTo("TRAIL");
		assertThat(one.json().get("terrainInferred").asBoolean()).isFalse();
		assertThat(one.json().get("source").asString()).isEqualTo("MANUAL");
		assertThat(one.json().get("painAfter").asInt()).isEqualTo(4);
		assertThat(one.json().get("painChangedStride").asBoolean()).isTrue();
		Reply list = api.get("/api/v1/runs?from=2026-03-01&to=2026-03-02");
		assertThat(list.json()).hasSize(1);
		assertThat(api.get("/api/v1/runs?from=2026-03-03&to=2026-03-04").json()).isEmpty();
		assertThat(api.get("/api/v1/runs/" + id + "/original").status()).isEqualTo(404);
	}

	@Test
	void correctsTheTerrainOfARun() {
		ApiClient api = new ApiClient(this.port).signUp();
		long id = api.post("/api/v1/runs", A_RUN).json().get("id").asLong();
		Reply patched = api.send("PATCH", "/api/v1/runs/" + id, "application/json", "{\"terrain\":\"TREADMILL\"}");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("terrain").asString()).isEqualTo("TREADMILL");
		assertThat(api.send("PATCH", "/api/v1/runs/" + id, "application/json", "{\"terrain\":\"SAND\"}").status())
			.isEqualTo(400);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			date                | "date":"2026-02-30"
			date                | "date":"2099-01-01"
			startTime           | "startTime":"25:00"
			durationSeconds     | "durationSeconds":0
			durationSeconds     | "durationSeconds":"1830"
			distanceMeters      | "distanceMeters":-1
			terrain             | "terrain":"SAND"
			painDuring          | "painDuring":11
			painAfter           | "painAfter":-1
			effort              | "effort":0
			effort              | "effort":11
			""")
	void refusesBadInputNamingTheFieldAndStoresNothing(String field, String replacement) {
		ApiClient api = new ApiClient(this.port).signUp();
		String key = replacement.substring(0, replacement.indexOf(':') + 1);
		String body = A_RUN.replaceAll("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", replacement.replace("$", "\\$"));
		assertThat(body).contains(key);
		Reply reply = api.post("/api/v1/runs", body);
		assertThat(reply.status()).as(body).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains(field);
		assertThat(api.get("/api/v1/runs?from=2026-01-01&to=2026-12-01").json()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "from=2026-13-01", "to=yesterday", "from=2026-03-05&to=2026-03-01", "from=2000-01-01&to=2026-01-01" })
	void refusesBadSpansOfDays(String query) {
		ApiClient api = new ApiClient(this.port).signUp();
		Reply reply = api.get("/api/v1/runs?" + query);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aRunnerCannotReadChangeOrDownloadAnotherRunnersRun() {
		ApiClient alice = new ApiClient(this.port).signUp();
		ApiClient bob = new ApiClient(this.port).signUp();
		long id = alice.post("/api/v1/runs", A_RUN).json().get("id").asLong();
		assertThat(bob.get("/api/v1/runs/" + id).status()).isEqualTo(404);
		assertThat(bob.get("/api/v1/runs/" + id + "/original").status()).isEqualTo(404);
		assertThat(bob.send("PATCH", "/api/v1/runs/" + id, "application/json", "{\"terrain\":\"ROAD\"}").status())
			.isEqualTo(404);
		assertThat(alice.get("/api/v1/runs/" + id).json().get("terrain").asString()).isEqualTo("TRAIL");
		assertThat(bob.get("/api/v1/runs?from=2026-03-01&to=2026-03-02").json()).isEmpty();
	}

}
