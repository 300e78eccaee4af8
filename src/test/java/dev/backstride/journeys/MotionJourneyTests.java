package dev.backstride.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.backstride.BackstrideTest;
import dev.backstride.motion.MotionSamples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class MotionJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aRunnerUploadsASensorLoggerExportOnAPhoneAndReadsTheReportWithItsCharts() throws Exception {
		Path export = Files.createTempFile("sensor-logger-", ".zip");
		Files.write(export, MotionSamples.sensorLoggerZip(MotionSamples.aRunAfterStanding(41)));
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.signUpNewRunner("motion");
			browser.go("/motion");
			assertThat(browser.pageText()).contains("No measurements yet");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.find("#upload-file").sendKeys(export.toAbsolutePath().toString());
			browser.click("#upload-form button[type=submit]");
			browser.waitForPath("/motion/");
			String first = browser.path();
			assertThat(browser.pageText()).contains("Pelvis report", "Measured", "Tilt excursion", "Obliquity excursion",
					"Rotation excursion", "why?").doesNotContain("-0.0", "60 s", "K-TILT");
			// the summary is a stack of cards on a phone: every column's name and value is on screen
			for (String column : new String[] { "Typical", "First", "Change" }) {
				assertThat(browser.driver().findElements(By.cssSelector("#summary td[data-label=" + column + "]")))
					.hasSize(7)
					.allMatch(td -> td.isDisplayed() && td.getRect().getX() + td.getRect().getWidth() <= 390);
			}
			assertThat(browser.driver().findElements(By.cssSelector("canvas[data-curve]"))).hasSize(3);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
						"return Array.from(document.querySelectorAll('canvas[data-curve]'))"
								+ ".every(c => window.Chart && Chart.getChart(c) !== undefined)")));
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("motion-report-phone");
			((JavascriptExecutor) browser.driver()).executeScript(
					"document.getElementById('curves-title').scrollIntoView()");
			browser.screenshot("motion-report-charts-phone");
			browser.go("/motion");
			assertThat(browser.driver().findElements(By.cssSelector("#measurements tbody tr"))).hasSize(1);
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);

			// a second run: the list draws the first beside the latest, and its links stay on screen
			Files.write(export, MotionSamples.sensorLoggerZip(MotionSamples.aRunAfterStanding(42)));
			browser.find("#upload-file").sendKeys(export.toAbsolutePath().toString());
			browser.click("#upload-form button[type=submit]");
			browser.waitForPath("/motion/");
			String second = browser.path();
			browser.go("/motion");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
				.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
						"return window.Chart && Chart.getChart(document.getElementById('chart-trend')) !== undefined")));
			assertThat(browser.driver().findElements(By.cssSelector("#measurements tbody a")))
				.hasSize(2)
				.allMatch(a -> a.isDisplayed() && a.getRect().getX() + a.getRect().getWidth() <= 390);
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("motion-list-trend-phone");

			// the runner deletes the second one from its page
			browser.go(second);
			browser.click("#delete summary");
			browser.click("#delete-button");
			browser.waitForPathIs("/motion");
			assertThat(browser.pageText()).contains("was deleted");
			assertThat(browser.driver().findElements(By.cssSelector("#measurements tbody tr"))).hasSize(1);

			browser.go("/motion/record");
			assertThat(browser.find("#rec-start").isEnabled()).isTrue();
			assertThat(browser.text("#rec-how-long")).contains("at least 1 minute");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);

			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
			for (String page : new String[] { "/motion", "/motion/record", first }) {
				browser.go(page);
				assertThat(browser.horizontalOverflow()).as(page).isLessThanOrEqualTo(0);
			}
		}
		finally {
			Files.deleteIfExists(export);
		}
	}

	@Test
	void aRecordingTooShortToMeasureIsKeptAndSaysWhy() throws Exception {
		Path export = Files.createTempFile("sensor-logger-", ".zip");
		Files.write(export, MotionSamples.sensorLoggerZip(MotionSamples.aShortRun(43)));
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.signUpNewRunner("short");
			browser.go("/motion");
			browser.find("#upload-file").sendKeys(export.toAbsolutePath().toString());
			browser.click("#upload-form button[type=submit]");
			browser.waitForPath("/motion/");
			assertThat(browser.text("#not-measured")).contains("Not measured", "too short to measure");
			assertThat(browser.has("#summary")).isFalse();
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("motion-not-measured-phone");
			browser.go("/motion");
			assertThat(browser.text("#measurements")).contains("Not measured");
			Object indent = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
					const words = document.createRange();
					words.selectNodeContents(document.querySelector('#measurements td.not-measured'));
					return words.getBoundingClientRect().left
						- document.querySelector('#measurements td:first-child a').getBoundingClientRect().left;""");
			assertThat(((Number) indent).doubleValue()).as("the words start under the date, not after an empty label")
				.isLessThan(2);
		}
		finally {
			Files.deleteIfExists(export);
		}
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedOnThePageBeforeItIsSent() throws Exception {
		Path huge = Files.createTempFile("too-big-", ".zip");
		try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
			// sparse: 65 MB on paper, next to nothing on disk
			file.setLength(65L * 1024 * 1024);
		}
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.signUpNewRunner("too-big");
			browser.go("/motion");
			browser.find("#upload-file").sendKeys(huge.toAbsolutePath().toString());
			browser.click("#upload-form button[type=submit]");
			assertThat(browser.find("#upload-status").getText()).contains("65.0 MB", "over the limit of 64 MB");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/motion");
			assertThat(browser.find("#upload-button").isEnabled()).isTrue();
			browser.screenshot("motion-upload-too-big-phone");
		}
		finally {
			Files.deleteIfExists(huge);
		}
	}

}
