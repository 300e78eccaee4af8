package dev.backstride.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads of a runner's data are bounded, over real HTTP on the running app: two at once on the
 * instance and one per account (the defaults), the others answered 503 with a problem and
 * {@code Retry-After} on the API and sent back to the account page with a message there; a place is
 * given back when its download ends and when its client goes away half way. A download is held half
 * way by a {@link StalledDownload}.
 */
@BackstrideTest
class ExportBoundsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ExportSlots slots;

	@Autowired
	JdbcClient jdbc;

	final List<StalledDownload> stalled = new ArrayList<>();

	@AfterEach
	void clientsGoneAndEveryPlaceFree() {
		this.stalled.forEach(StalledDownload::close);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.slots.inUse() == 0);
	}

	@Test
	void anAccountsSecondDownloadIsRefusedWhileItsFirstIsPrepared() throws Exception {
		String email = "held-" + UUID.randomUUID() + "@example.org";
		ApiClient runner = new ApiClient(this.port).signUp(email);
		withLargeRunFile(email);
		StalledDownload first = stall(runner, "/api/v1/export");
		assertThat(this.slots.inUse()).isEqualTo(1);

		HttpResponse<String> api = get(runner, "/api/v1/export/fhir");
		assertBusy(api, ExportSlots.YOURS);

		WebClient page = new WebClient();
		page.logIn(this.port, email, ApiClient.PASSWORD);
		HttpResponse<String> refused = page.get(this.port, "/account/export");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/account#export");
		assertThat(refused.headers().firstValue("Retry-After")).contains("60");
		String account = page.get(this.port, "/account").body();
		assertThat(account).contains("id=\"export-busy\"", ExportSlots.YOURS);
		assertThat(page.get(this.port, "/account").body()).doesNotContain("id=\"export-busy\"");

		first.close();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.slots.inUse() == 0);
		HttpResponse<byte[]> again = download(runner, "/api/v1/export");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(unzip(again.body())).containsKey("runs.json");
		assertThat(this.slots.inUse()).isZero();
	}

	@Test
	void twoDownloadsAtOnceOnTheInstanceAndTheThirdIsToldToComeBack() throws Exception {
		List<ApiClient> large = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String email = "large-" + UUID.randomUUID() + "@example.org";
			large.add(new ApiClient(this.port).signUp(email));
			withLargeRunFile(email);
		}
		String email = "third-" + UUID.randomUUID() + "@example.org";
		ApiClient third = new ApiClient(this.port).signUp(email);
		StalledDownload zip = stall(large.get(0), "/api/v1/export");
		StalledDownload other = stall(large.get(1), "/api/v1/export");
		assertThat(this.slots.inUse()).isEqualTo(2);

		assertBusy(get(third, "/api/v1/export/fhir"), ExportSlots.OTHERS);
		assertBusy(get(third, "/api/v1/export"), ExportSlots.OTHERS);
		WebClient page = new WebClient();
		page.logIn(this.port, email, ApiClient.PASSWORD);
		HttpResponse<String> refused = page.get(this.port, "/account/export/fhir");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(page.get(this.port, "/account").body()).contains("id=\"export-busy\"", ExportSlots.OTHERS);

		zip.close();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.slots.inUse() == 1);
		HttpResponse<String> fhir = get(third, "/api/v1/export/fhir");
		assertThat(fhir.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(fhir.body()).get("resourceType").asString()).isEqualTo("Bundle");
		assertThat(this.slots.inUse()).isEqualTo(1);
		other.close();
	}

	@Test
	void manyDownloadsAtOnceEachGetAWholeFileOrABusyAnswer() throws Exception {
		List<ApiClient> runners = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runners.add(new ApiClient(this.port).signUp());
		}
		List<CompletableFuture<HttpResponse<byte[]>>> replies = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		HttpClient http = HttpClient.newHttpClient();
		for (int i = 0; i < 12; i++) {
			String path = i % 2 == 0 ? "/api/v1/export" : "/api/v1/export/fhir";
			paths.add(path);
			replies.add(http.sendAsync(request(runners.get(i % runners.size()), path), HttpResponse.BodyHandlers.ofByteArray()));
		}
		int whole = 0;
		for (int i = 0; i < replies.size(); i++) {
			HttpResponse<byte[]> reply = replies.get(i).get();
			if (reply.statusCode() == 200) {
				whole++;
				if (paths.get(i).endsWith("fhir")) {
					JsonNode bundle = JSON.readTree(reply.body());
					assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
				}
				else {
					assertThat(unzip(reply.body())).containsKey("self-tests.json");
				}
			}
			else {
				assertThat(reply.statusCode()).isEqualTo(503);
				assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
				assertThat(reply.headers().firstValue("Retry-After")).contains("60");
				assertThat(JSON.readTree(reply.body()).get("detail").asString()).isIn(ExportSlots.YOURS, ExportSlots.OTHERS);
			}
		}
		assertThat(whole).isPositive();
		assertThat(this.slots.inUse()).isZero();
	}

	void assertBusy(HttpResponse<String> reply, String reason) {
		assertThat(reply.statusCode()).isEqualTo(503);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(reply.headers().firstValue("Retry-After")).contains("60");
		JsonNode problem = JSON.readTree(reply.body());
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("detail").asString()).isEqualTo(reason);
	}

	void withLargeRunFile(String email) {
		StalledDownload.giveLargeRunFile(this.jdbc, email);
	}

	/** A download whose status line has come and whose client then stops reading. */
	StalledDownload stall(ApiClient runner, String path) throws IOException {
		StalledDownload download = new StalledDownload(this.port, path, "Authorization: Bearer " + runner.token());
		this.stalled.add(download);
		assertThat(download.statusLine).startsWith("HTTP/1.1 200");
		return download;
	}

	HttpResponse<String> get(ApiClient runner, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request(runner, path), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> download(ApiClient runner, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request(runner, path), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpRequest request(ApiClient runner, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + runner.token())
			.build();
	}

	static java.util.Map<String, byte[]> unzip(byte[] zip) throws IOException {
		java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
