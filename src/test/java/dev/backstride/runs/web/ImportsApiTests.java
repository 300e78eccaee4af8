package dev.backstride.runs.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.runs.fileimport.Archives;
import dev.backstride.runs.fileimport.RealFiles;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class ImportsApiTests {

	@LocalServerPort
	int port;

	static byte[] real(String path) {
		return RealFiles.all().stream().filter((f) -> f.path().equals(path)).findFirst().orElseThrow().bytes();
	}

	static Reply upload(ApiClient api, Map<String, byte[]> files) {
		String boundary = "b" + UUID.randomUUID();
		return api.sendBytes("POST", "/api/v1/imports", "multipart/form-data; boundary=" + boundary,
				Archives.multipart(boundary, files));
	}

	/** Uploads, waits for the import to end, and returns its final status. */
	static JsonNode importAndWait(ApiClient api, Map<String, byte[]> files) {
		Reply started = upload(api, files);
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long id = started.json().get("importId").asLong();
		Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
			.until(() -> !api.get("/api/v1/imports/" + id).json().get("state").asString().equals("RUNNING"));
		return api.get("/api/v1/imports/" + id).json();
	}

	@Test
	void importsRealFilesGivingEachOneOutcomeAndKeepsTheOriginal() {
		ApiClient api = new ApiClient(this.port).signUp();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("fenix2.fit", real("fit/activity-small-fenix2-run.fit"));
		files.put("ride.fit", real("fit/garmin-fenix-5-bike.fit"));
		files.put("broken.fit", real("bad/activity-filecrc.fit"));
		files.put("marathon.gpx", real("gpx/leaflet-gpx-demo-2013.gpx"));
		JsonNode status = importAndWait(api, files);
		assertThat(status.get("state").asString()).isEqualTo("DONE");
		assertThat(status.get("done").asInt()).isEqualTo(4);
		assertThat(status.get("total").asInt()).isEqualTo(4);
		JsonNode results = status.get("results");
		assertThat(results).hasSize(4);
		assertThat(results.get(0).get("file").asString()).isEqualTo("fenix2.fit");
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("IMPORTED");
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(results.get(1).get("reason").asString()).contains("cycling");
		assertThat(results.get(2).get("reason").asString()).contains("damaged");
		assertThat(results.get(3).get("outcome").asString()).isEqualTo("IMPORTED");
		long runId = results.get(0).get("runId").asLong();
		JsonNode run = api.get("/api/v1/runs/" + runId).json();
		assertThat(run.get("distanceMeters").asDouble()).isCloseTo(9008.2, org.assertj.core.data.Offset.offset(0.1));
		assertThat(run.get("source").asString()).isEqualTo("FIT");
		assertThat(run.get("terrainInferred").asBoolean()).isTrue();
		Reply original = api.get("/api/v1/runs/" + runId + "/original");
		assertThat(original.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/runs?from=2010-01-01&to=2019-12-31").json()).hasSize(2);
	}

	@Test
	void importingTheSameFilesAgainDuplicatesNothingWhateverTheSource() {
		ApiClient api = new ApiClient(this.port).signUp();
		byte[] run = real("tcx/test.tcx");
		assertThat(importAndWait(api, Map.of("a.tcx", run)).get("results").get(0).get("outcome").asString())
			.isEqualTo("IMPORTED");
		byte[] export = Archives.zip()
			.add("activities.csv", "Activity ID,Activity Type,Filename\n1,Trail Run,activities/1.tcx\n2,Run,activities/2.fit.gz\n")
			.add("activities/1.tcx", run)
			.add("activities/2.fit.gz", real("gz/14582164182.fit.gz"))
			.add("activities/3.fit", real("fit/2013-02-06-12-11-14.fit"))
			.bytes();
		JsonNode status = importAndWait(api, Map.of("export_123.zip", export));
		JsonNode results = status.get("results");
		assertThat(results).hasSize(3);
		assertThat(results.get(0).get("file").asString()).isEqualTo("activities/1.tcx");
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("DUPLICATE");
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(results.get(2).get("outcome").asString()).isEqualTo("IMPORTED");
		assertThat(api.get("/api/v1/runs?from=2010-01-01&to=2019-12-31").json()).hasSize(2);
	}

	@Test
	void takesTheTerrainFromAStravaTrailRun() {
		ApiClient api = new ApiClient(this.port).signUp();
		byte[] export = Archives.zip()
			.add("activities.csv", "Activity ID,Activity Type,Filename\n7,Trail Run,activities/7.fit\n")
			.add("activities/7.fit", real("fit/garmin-fenix-5-run.fit"))
			.bytes();
		JsonNode result = importAndWait(api, Map.of("export.zip", export)).get("results").get(0);
		JsonNode run = api.get("/api/v1/runs/" + result.get("runId").asLong()).json();
		assertThat(run.get("terrain").asString()).isEqualTo("TRAIL");
		assertThat(run.get("terrainInferred").asBoolean()).isFalse();
	}

	@Test
	void refusesAnImportWithoutFilesAndAnswers404ForAnotherRunnersImport() {
		ApiClient alice = new ApiClient(this.port).signUp();
		ApiClient bob = new ApiClient(this.port).signUp();
		Reply none = alice.sendBytes("POST", "/api/v1/imports", "multipart/form-data; boundary=x", "--x--\r\n".getBytes());
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.contentType()).startsWith("application/problem+json");
		long id = importAndWait(alice, Map.of("a.fit", real("fit/Activity.fit"))).get("importId").asLong();
		assertThat(bob.get("/api/v1/imports/" + id).status()).isEqualTo(404);
		assertThat(bob.delete("/api/v1/imports/" + id).status()).isEqualTo(404);
		assertThat(alice.get("/api/v1/imports/" + id).status()).isEqualTo(200);
		assertThat(alice.delete("/api/v1/imports/" + id).json().get("state").asString()).isEqualTo("DONE");
	}

}
