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
			assertThat(browser.pageText()).contains("Pelvis report", "Measured", "K-TILT", "K-OBLIQ", "K-ROT");
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
			browser.go("/motion/record");
			assertThat(browser.find("#rec-start").isEnabled()).isTrue();
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
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
