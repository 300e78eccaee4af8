package dev.backstride.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner on a phone imports a real watch file through the import page, watches the progress reach
 * the end, opens the run (its route outline and its pace, heart-rate and elevation charts) and says
 * it was a trail run. Each runs page is then photographed on a phone and on a laptop, none of them
 * wider than the screen.
 */
@BackstrideTest
class RunsJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aRunnerImportsAWatchFileOnAPhoneAndCorrectsTheTerrain() throws Exception {
		Path fit = Files.createTempFile("fenix2-run-", ".fit");
		try (var in = getClass().getResourceAsStream("/running/fit/activity-small-fenix2-run.fit")) {
			Files.write(fit, in.readAllBytes());
		}
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.signUpNewRunner("runs");
			browser.go("/runs/import");
			browser.driver().findElement(By.id("import-files")).sendKeys(fit.toString());
			assertThat(browser.text("#import-chosen")).startsWith("fenix2-run-");
			browser.click("#import-button");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
				.until(d -> browser.text("#import-headline").startsWith("Import finished"));
			assertThat(browser.text("#import-headline")).isEqualTo("Import finished: 1 file looked at.");
			assertThat(browser.find("progress.import-progress").getAttribute("value")).isEqualTo("1");
			assertThat(browser.text("#import-results")).contains("See the run");
			screenshots(browser, "runs-import");

			browser.click("#import-results a");
			browser.waitForPath("/runs/");
			assertThat(browser.text("#run-facts")).contains("9.01 km");
			assertThat(browser.find("#route polyline").getAttribute("points").split(" ").length).isGreaterThan(100);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
						"return ['pace-chart','hr-chart','elevation-chart'].every(id => document.getElementById(id)"
								+ " && window.Chart && Chart.getChart(document.getElementById(id)) !== undefined)")));
			String runPage = browser.path();
			screenshots(browser, "runs-run");

			browser.go(runPage);
			new Select(browser.find("select[name=terrain]")).selectByValue("TRAIL");
			browser.click(".run-terrain button[type=submit]");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> browser.pageText().contains("You ran on: Trail"));
			assertThat(browser.has("#terrain-guessed")).isFalse();

			screenshots(browser, "runs-run-trail");
			browser.go("/runs");
			assertThat(browser.text("#older-runs")).startsWith("No runs in the last year.");
			assertThat(browser.text("#runs")).contains("9.01 km").contains("Trail");
			screenshots(browser, "runs-list");
			browser.go("/runs/new");
			screenshots(browser, "runs-new");
		}
	}

	@Test
	void aRunnerWhoReadsMilesSeesTheRunsChartsInMiles() throws Exception {
		Path fit = Files.createTempFile("fenix2-run-", ".fit");
		try (var in = getClass().getResourceAsStream("/running/fit/activity-small-fenix2-run.fit")) {
			Files.write(fit, in.readAllBytes());
		}
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.signUpNewRunner("runs-miles");
			browser.type("#age", "41").choose("units", "MILES").click("main form button[type=submit]");
			browser.waitForPath("/screening");
			browser.go("/runs/import");
			browser.driver().findElement(By.id("import-files")).sendKeys(fit.toString());
			browser.click("#import-button");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
				.until(d -> browser.text("#import-headline").startsWith("Import finished"));
			browser.click("#import-results a");
			browser.waitForPath("/runs/");
			assertThat(browser.text("#run-facts")).contains("5.60 mi").contains("/mi");
			JavascriptExecutor js = (JavascriptExecutor) browser.driver();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
					"return window.Chart && Chart.getChart(document.getElementById('pace-chart')) !== undefined")));
			assertThat(js.executeScript("return Chart.getChart(document.getElementById('pace-chart')).options.scales.x.title.text"))
				.isEqualTo("mi");
			assertThat(js.executeScript("return Chart.getChart(document.getElementById('pace-chart')).options.scales.y.title.text"))
				.isEqualTo("min per mi");
			Object last = js.executeScript("return Chart.getChart(document.getElementById('elevation-chart')).scales.x.max;");
			assertThat(((Number) last).doubleValue()).as("the axis ends at the last point's distance, in miles like the 5.60 mi above")
				.isBetween(5.5, 5.61);
			assertThat(js.executeScript("return Chart.getChart(document.getElementById('pace-chart')).scales.x.min")).as("from the start")
				.isEqualTo(0L);
		}
	}

	@Test
	void runsOlderThanAYearAreReachedFromTheListWhenThereAreNewerOnes() throws Exception {
		String email = "runs-older-" + java.util.UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port).signUp(email);
		String run = "{\"date\":\"%s\",\"durationSeconds\":1800,\"distanceMeters\":%d,\"terrain\":\"ROAD\",\"painDuring\":1,\"painAfter\":1,\"effort\":4}";
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		var first = api.post("/api/v1/runs", run.formatted(today, 5000));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(api.post("/api/v1/runs", run.formatted("2015-08-15", 7000)).status()).isEqualTo(201);
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/login").type("input[name=username]", email).type("input[name=password]", ApiClient.PASSWORD);
			browser.click("main button[type=submit]");
			browser.waitForPathIs("/");
			browser.go("/runs");
			assertThat(browser.text("#runs")).contains("5.00 km").doesNotContain("7.00 km");
			assertThat(browser.text("#older-link")).isEqualTo("Older runs, up to 15 Aug 2015");
			browser.click("#older-link");
			browser.waitForPath("/runs?until=2015-08-15");
			assertThat(browser.text("#runs")).contains("Sat 15 Aug 2015").contains("7.00 km").doesNotContain("5.00 km");
			assertThat(browser.has("#older-link")).isFalse();
			assertThat(browser.text("#runs-period")).isEqualTo("Runs of the year up to 15 Aug 2015.");
			screenshots(browser, "runs-list-older");
			browser.click("#newest-runs");
			browser.waitForPathIs("/runs");
			assertThat(browser.text("#runs")).contains("5.00 km");
		}
	}

	/** The page at 390x844 and at 1366x900, whole, with nothing wider than the window. */
	private static void screenshots(Browser browser, String name) throws Exception {
		String path = browser.path();
		for (Dimension size : new Dimension[] { Browser.PHONE, new Dimension(1366, 900) }) {
			browser.driver().manage().window().setSize(size);
			browser.go(path);
			assertThat(browser.horizontalOverflow()).as("%s at %d px", name, size.width).isLessThanOrEqualTo(0);
			long height = ((Number) ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollHeight")).longValue();
			int tall = (int) Math.min(Math.max(height, size.height), 5000);
			browser.driver().manage().window().setSize(new Dimension(size.width, tall));
			browser.screenshot(name + "-" + size.width);
		}
		browser.driver().manage().window().setSize(Browser.PHONE);
	}

}
