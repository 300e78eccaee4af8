package dev.backstride.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.backstride.BackstrideTest;
import dev.backstride.FullRunner;
import dev.backstride.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Export my data": the zip holds every kind of the runner's data, with the run file as uploaded and
 * each pelvis report, and nothing of anyone else; the account page downloads it with the session.
 */
@BackstrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	FullRunner alice;

	FullRunner bob;

	@BeforeAll
	void twoRunnersWithDataEverywhere() {
		this.alice = FullRunner.create(this.port, "alice", 1);
		this.bob = FullRunner.create(this.port, "bob", 2);
	}

	@Test
	void theZipHoldsOneJsonFilePerKindTheOriginalRunFileAndEachPelvisReport() throws Exception {
		HttpResponse<byte[]> reply = download(this.alice, "/api/v1/export");
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
		assertThat(reply.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"backstride-");
		Map<String, byte[]> files = unzip(reply.body());
		assertThat(files.keySet()).contains("README.txt", "profile.json", "access-tokens.json", "safety-screenings.json",
				"care-confirmations.json", "questionnaire-risk.json", "questionnaire-function.json", "check-ins.json",
				"exercise-sessions.json", "self-tests.json", "exercise-settings.json", "runs.json", "pelvis.json",
				"pelvis/" + this.alice.motionId() + ".json");
		assertThat(text(files, "README.txt")).contains("everything Backstride keeps about you");

		JsonNode profile = json(files, "profile.json");
		assertThat(profile.get("email").asString()).isEqualTo(this.alice.email());
		assertThat(profile.get("age").asInt()).isEqualTo(31);
		assertThat(json(files, "access-tokens.json").toString()).contains(this.alice.tokenName())
			.doesNotContain("bst_");
		assertThat(json(files, "safety-screenings.json").get(0).get("answers")).hasSize(20);
		assertThat(json(files, "care-confirmations.json").get("adviceToSeeADoctorConfirmed")).hasSize(1);
		JsonNode risk = json(files, "questionnaire-risk.json").get(0);
		assertThat(risk.get("total").asInt()).isEqualTo(5);
		assertThat(risk.get("item9Bothersomeness").asInt()).isEqualTo(3);
		JsonNode function = json(files, "questionnaire-function.json").get(0);
		assertThat(function.get("sections").get(7).isNull()).isTrue();
		JsonNode checkIn = json(files, "check-ins.json").get(0);
		assertThat(checkIn.get("painNow").asInt()).isEqualTo(3);
		assertThat(checkIn.get("worstPainLast24h").asInt()).isEqualTo(9);
		assertThat(json(files, "exercise-sessions.json")).hasSize(2);
		assertThat(json(files, "exercise-sessions.json").toString()).contains(this.alice.note());
		assertThat(json(files, "self-tests.json").get(0).get("leftLegRaiseDegrees").asInt()).isEqualTo(61);
		assertThat(json(files, "exercise-settings.json").get("calendarFeedOpen").asBoolean()).isTrue();

		JsonNode runs = json(files, "runs.json");
		assertThat(runs).hasSize(2);
		JsonNode imported = runs.valueStream().filter((r) -> r.get("source").asString().equals("FIT")).findFirst().orElseThrow();
		JsonNode manual = runs.valueStream().filter((r) -> r.get("source").asString().equals("MANUAL")).findFirst().orElseThrow();
		assertThat(manual.get("distanceMeters").asDouble()).isEqualTo(this.alice.manualDistanceMeters());
		assertThat(manual.get("painAfter").asInt()).isEqualTo(2);
		assertThat(manual.get("originalFileFolder").isNull()).isTrue();
		String folder = imported.get("originalFileFolder").asString();
		assertThat(files).containsKey(folder + "fenix2.fit");
		assertThat(files.get(folder + "fenix2.fit")).isEqualTo(this.alice.fitFile());

		assertThat(json(files, "pelvis.json").get(0).get("id").asLong()).isEqualTo(this.alice.motionId());
		JsonNode report = json(files, "pelvis/" + this.alice.motionId() + ".json");
		assertThat(report.get("report").get("strides").size()).isGreaterThan(10);
		assertThat(report.get("report").get("tilt").get("mean").asDouble()).isPositive();
	}

	@Test
	void aRunnersExportHoldsNothingOfAnotherRunner() throws Exception {
		for (var pair : List.of(List.of(this.alice, this.bob), List.of(this.bob, this.alice))) {
			FullRunner caller = pair.get(0);
			FullRunner other = pair.get(1);
			Map<String, byte[]> files = unzip(download(caller, "/api/v1/export").body());
			StringBuilder all = new StringBuilder();
			files.forEach((name, bytes) -> all.append(name).append('\n').append(new String(bytes, StandardCharsets.UTF_8)));
			all.append(new String(download(caller, "/api/v1/export/fhir").body(), StandardCharsets.UTF_8));
			assertThat(all.toString()).contains(caller.email(), caller.note(), caller.tokenName())
				.doesNotContain(other.email())
				.doesNotContain(other.note())
				.doesNotContain(other.tokenName())
				.doesNotContain(Double.toString(other.manualDistanceMeters()));
			assertThat(files).containsKey("pelvis/" + caller.motionId() + ".json")
				.doesNotContainKey("pelvis/" + other.motionId() + ".json");
			assertThat(json(files, "runs.json")).hasSize(2);
			assertThat(json(files, "check-ins.json")).hasSize(1);
		}
	}

	@Test
	void theAccountPageOffersBothDownloadsWithTheSession() {
		WebClient page = new WebClient();
		assertThat(WebClient.location(page.logIn(this.port, this.alice.email(), FullRunner.PASSWORD))).isEqualTo("/");
		String account = page.get(this.port, "/account").body();
		assertThat(account).contains("Export my data", "href=\"/account/export\"", "href=\"/account/export/fhir\"");
		var zip = page.get(this.port, "/account/export");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.body()).startsWith("PK");
		var fhir = page.get(this.port, "/account/export/fhir");
		assertThat(fhir.statusCode()).isEqualTo(200);
		assertThat(fhir.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
		assertThat(fhir.body()).contains("\"resourceType\":\"Bundle\"");
		var signedOut = new WebClient().get(this.port, "/account/export");
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(signedOut)).isEqualTo("/login");
	}

	@Test
	void theApiExportNeedsAToken() throws Exception {
		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/export")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(401);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	HttpResponse<byte[]> download(FullRunner runner, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + runner.api().token())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	static String text(Map<String, byte[]> files, String name) {
		assertThat(files).containsKey(name);
		return new String(files.get(name), StandardCharsets.UTF_8);
	}

	static JsonNode json(Map<String, byte[]> files, String name) {
		return JSON.readTree(text(files, name));
	}

}
