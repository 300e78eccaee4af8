package dev.backstride.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable app: the manifest, its icons, the one service worker and the offline page are
 * served to anyone under their proper types, and with the network gone the worker answers a page
 * with the offline page.
 */
@BackstrideTest
class InstallableAppTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theManifestNamesTheAppItsColoursAndIconsThatAreServedUnderTheirTypes() throws Exception {
		HttpResponse<String> manifest = get("/manifest.webmanifest");
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
		JsonNode app = JsonMapper.builder().build().readTree(manifest.body());
		assertThat(app.get("short_name").asString()).isEqualTo("Backstride");
		assertThat(app.get("display").asString()).isEqualTo("standalone");
		assertThat(app.get("start_url").asString()).isEqualTo("/");
		assertThat(app.get("theme_color").asString()).matches("#[0-9a-f]{6}");
		for (JsonNode icon : app.get("icons")) {
			HttpResponse<String> file = get(icon.get("src").asString());
			assertThat(file.statusCode()).as(icon.toString()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type").orElseThrow()).isEqualTo(icon.get("type").asString());
		}
		assertThat(app.get("icons").toString()).contains("192x192", "512x512", "maskable");
	}

	@Test
	void theServiceWorkerAndTheOfflinePageAreServedAtTheRootWithoutSigningIn() throws Exception {
		HttpResponse<String> worker = get("/sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
		assertThat(worker.body()).contains("addEventListener('fetch'");
		HttpResponse<String> offline = get("/offline.html");
		assertThat(offline.statusCode()).isEqualTo(200);
		assertThat(offline.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(offline.body()).contains("You are offline");
		assertThat(get("/login").body()).contains("rel=\"manifest\"", "name=\"theme-color\"")
			.containsPattern("/js/install-[0-9a-f]{32}\\.js");
	}

	@Test
	void withTheNetworkGoneTheWorkerAnswersAnyPageWithTheOfflinePage() throws Exception {
		try (Browser browser = Browser.open(this.port, Browser.PHONE);
				Connectivity network = Connectivity.of(browser.driver())) {
			browser.go("/login");
			PlayerJourneyTests.waitForServiceWorker(browser);
			network.offline();
			browser.go("/signup");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> browser.pageText().contains("You are offline"));
			assertThat(browser.has("main#offline a[href='/program/session']")).isTrue();
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("offline-phone");
			network.online();
			browser.go("/signup");
			assertThat(browser.has("#email")).isTrue();
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
