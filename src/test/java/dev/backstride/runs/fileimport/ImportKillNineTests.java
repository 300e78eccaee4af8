package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.backstride.ApiClient;
import dev.backstride.database.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A big archive import killed with SIGKILL in the middle (the app in a JVM of its own on an H2 file,
 * as in {@code KillNineTests}): after a restart every stored run is whole (its facts, and its original
 * byte for byte as it sat in the archive) and has its IMPORTED outcome, and nothing else is stored;
 * importing the same archive again stores exactly the rest and marks the others duplicates.
 */
class ImportKillNineTests {

	private static final int RUNS = 400;

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 12, unit = java.util.concurrent.TimeUnit.MINUTES)
	void aKilledImportLeavesEveryRunWholeOrAbsentAndImportingAgainFillsInTheRest() throws Exception {
		Path archive = StravaArchives.write(this.dir.resolve("export.zip"), RUNS);
		Map<String, byte[]> entries = entries(archive);
		Path data = Files.createDirectories(this.dir.resolve("data"));
		String[] options = { "--backstride.runs.max-span-days=20000" };
		String token;
		long killed;
		try (AppProcess app = AppProcess.start(data, this.dir.resolve("app-1.log"), options)) {
			ApiClient runner = new ApiClient(app.port()).signUp();
			token = runner.token();
			killed = upload(runner, archive);
			// H2 shows a commit to other readers a moment before its flush to disk ends, so the progress first
			// seen may still be in flight; the job flushes each batch before it goes on, so seeing the next
			// batch's progress proves the earlier batch is on disk
			JsonNode first = awaitProgress(runner, killed, RUNS / 8);
			JsonNode status = awaitProgress(runner, killed, first.get("done").asInt() + 1);
			app.kill();
			assertThat(status.get("state").asString()).as("killed in the middle").isEqualTo("RUNNING");
		}
		try (AppProcess app = AppProcess.start(data, this.dir.resolve("app-2.log"), options)) {
			ApiClient runner = new ApiClient(app.port()).withToken(token);
			JsonNode stored = runs(runner);
			assertThat(stored.size()).as("runs stored before the kill").isBetween(1, RUNS - 1);
			Set<Long> imported = new HashSet<>();
			for (JsonNode outcome : runner.get("/api/v1/imports/" + killed).json().get("results")) {
				if (outcome.get("outcome").asString().equals("IMPORTED")) {
					imported.add(outcome.get("runId").asLong());
				}
			}
			Set<Long> ids = new HashSet<>();
			for (JsonNode run : stored) {
				long id = run.get("id").asLong();
				ids.add(id);
				assertThat(run.get("distanceMeters").asDouble()).isPositive();
				assertThat(run.get("elapsedSeconds").asInt()).isPositive();
				HttpResponse<byte[]> original = original(app.port(), token, id);
				assertThat(original.statusCode()).isEqualTo(200);
				String name = original.headers()
					.firstValue("Content-Disposition")
					.orElseThrow()
					.replaceAll(".*filename=\"?([^\";]+).*", "$1");
				assertThat(original.body()).as(name).isEqualTo(entries.get(name));
			}
			assertThat(ids).as("every stored run has its outcome, and every outcome its run").isEqualTo(imported);

			long again = upload(runner, archive);
			JsonNode done = awaitDone(runner, again);
			int duplicates = 0;
			int importedAgain = 0;
			for (JsonNode outcome : done.get("results")) {
				switch (outcome.get("outcome").asString()) {
					case "IMPORTED" -> importedAgain++;
					case "DUPLICATE" -> duplicates++;
					default -> throw new AssertionError("refused: " + outcome);
				}
			}
			assertThat(duplicates).isEqualTo(stored.size());
			assertThat(importedAgain).isEqualTo(RUNS - stored.size());
			JsonNode all = runs(runner);
			Set<String> starts = new HashSet<>();
			all.forEach((run) -> starts.add(run.get("start").asString()));
			assertThat(all.size()).isEqualTo(RUNS);
			assertThat(starts).hasSize(RUNS);
		}
	}

	private static long upload(ApiClient runner, Path archive) throws IOException {
		String boundary = "kill-nine-boundary";
		ApiClient.Reply reply = runner.sendBytes("POST", "/api/v1/imports", "multipart/form-data; boundary=" + boundary,
				Archives.multipart(boundary, Map.of("export.zip", Files.readAllBytes(archive))));
		assertThat(reply.status()).as(reply.body()).isEqualTo(202);
		return reply.json().get("importId").asLong();
	}

	/** Polls until at least {@code done} files are committed; the import must still be running then. */
	private static JsonNode awaitProgress(ApiClient runner, long id, int done) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode status = runner.get("/api/v1/imports/" + id).json();
			if (status.get("done").asInt() >= done || !status.get("state").asString().equals("RUNNING")) {
				return status;
			}
			Thread.sleep(25);
		}
		throw new AssertionError("the import made no progress");
	}

	private static JsonNode awaitDone(ApiClient runner, long id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode status = runner.get("/api/v1/imports/" + id).json();
			if (!status.get("state").asString().equals("RUNNING")) {
				assertThat(status.get("state").asString()).isEqualTo("DONE");
				return status;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the import did not finish");
	}

	private static JsonNode runs(ApiClient runner) {
		ApiClient.Reply reply = runner.get("/api/v1/runs?from=2000-01-01&to=2040-01-01");
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static HttpResponse<byte[]> original(int port, String token, long id) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/runs/" + id + "/original"))
			.header("Authorization", "Bearer " + token)
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private static Map<String, byte[]> entries(Path archive) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				entries.put(name, zip.getInputStream(entry).readAllBytes());
			}
		}
		return entries;
	}

}
