package dev.backstride.journeys;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The after-run form of the "about to run" page asks a runner who reads miles for miles. */
@BackstrideTest
class AfterRunInMilesJourneyTests {

	private static final String PASSWORD = "a long password";

	@LocalServerPort
	int port;

	@Test
	void aRunnerInMilesTellsTheDistanceInMilesAndTheRunIsStoredInMetres() throws Exception {
		String email = "after-run-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port);
		Reply signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		api.withToken(signUp.json().get("token").asString());
		assertThat(api.put("/api/v1/profile", "{\"age\":52,\"units\":\"MILES\"}").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/screenings/red-flags", Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}")))
			.status()).isEqualTo(200);
		assertThat(api.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(200);
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/login").type("input[name=username]", email).type("input[name=password]", PASSWORD)
				.click("main button[type=submit]");
			browser.find("#call");
			browser.go("/program/pre-run");
			browser.click("#p-start");
			browser.click("#p-done");
			browser.click("#p-skip-rest");
			for (int i = 0; i < 12; i++) {
				browser.click("#p-tap");
			}
			browser.find("#p-run h1");
			assertThat(browser.text("label[for=r-distance]")).isEqualTo("Distance (miles)");
			browser.pick("painDuring", "2");
			browser.pick("painAfter", "2");
			browser.pick("painChangedStride", "false");
			browser.pick("effort", "4");
			browser.pick("terrain", "ROAD");
			browser.type("#r-distance", "186.5").type("#r-duration", "40");
			browser.click("#p-run-save");
			assertThat(browser.text("#p-run-error")).as("more than the form takes in miles")
				.contains("the distance in miles");
			browser.type("#r-distance", "3.1");
			browser.screenshot("after-run-miles-phone");
			browser.click("#p-run-save");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until((d) -> browser.text("#p-saved-text").contains("your run are saved"));
		}
		JsonNode runs = api.get("/api/v1/runs").json();
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).get("distanceMeters").asDouble()).isCloseTo(4988.9664, within(0.05));
		assertThat(runs.get(0).get("elapsedSeconds").asInt()).isEqualTo(40 * 60);
	}

}
