package dev.backstride.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A runner with weeks of check-ins and runs reads the insights page on a phone and on a laptop. */
@BackstrideTest
class InsightsJourneyTests {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	/** Six weeks of runs (road and trail, pain noted) and a check-in, all through the API. */
	private String aRunnerWithHistory() {
		String email = "insights-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port);
		var signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		api.withToken(signUp.json().get("token").asString());
		api.post("/api/v1/screenings/red-flags", "{\"answers\":{" + java.util.Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",")) + "}}");
		api.post("/api/v1/screenings/clearance", "{\"advised\":true}");
		api.post("/api/v1/questionnaires/function/responses", "{\"sections\":[2,2,2,2,2,2,2,2,2,2]}");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int day = 41; day >= 0; day -= 2) {
			boolean trail = day % 3 == 0;
			var run = api.post("/api/v1/runs", "{\"date\":\"" + today.minusDays(day) + "\",\"durationSeconds\":2400,"
					+ "\"distanceMeters\":" + (6000 + day * 50) + ",\"terrain\":\"" + (trail ? "TRAIL" : "ROAD")
					+ "\",\"painDuring\":" + (trail ? 4 : 2) + ",\"painAfter\":" + (trail ? 4 : 2) + ",\"effort\":4}");
			assertThat(run.status()).as(run.body()).isEqualTo(201);
		}
		api.post("/api/v1/checkins", "{\"painNow\":2,\"worstPain24h\":3}");
		return email;
	}

	@Test
	void aRunnerReadsTheirInsightsOnAPhoneWithoutScrollingSideways() throws Exception {
		String email = aRunnerWithHistory();
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/login").type("input[name=username]", email).type("input[name=password]", PASSWORD)
				.click("main button[type=submit]");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.path().startsWith("/login"));
			browser.go("/insights");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
						"return Array.from(document.querySelectorAll('canvas[data-insight]'))"
								+ ".every(c => window.Chart && Chart.getChart(c) !== undefined)")));
			assertThat(browser.driver().findElements(By.cssSelector("canvas[data-insight]"))).hasSize(5);
			assertThat(browser.text("#insight-terrain .reading")).startsWith("After trail runs your pain averaged 4.0,"
					+ " after road runs 2.0 (");
			assertThat(browser.text("#insight-pain .reading")).contains("too few to show a trend");
			assertThat(browser.text("#insight-function .reading")).startsWith("One score so far (40.0%)");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			screenshotWholePage(browser, "insights-phone", 390);
			browser.driver().manage().window().setSize(new Dimension(1366, 900));
			browser.go("/insights");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			screenshotWholePage(browser, "insights-desktop", 1366);
		}
	}

	/** The whole page as one picture: the window grown to the page's height first. */
	private static void screenshotWholePage(Browser browser, String name, int width) throws Exception {
		long height = ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollHeight")).longValue();
		browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 6000)));
		browser.screenshot(name);
	}

}
