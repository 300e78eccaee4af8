package dev.backstride.journeys;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.backstride.BackstrideTest;
import dev.backstride.interop.ExportSlots;
import dev.backstride.interop.StalledDownload;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.HasCdp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account page's downloads in a phone-sized Chromium: while the runner's other download is being
 * prepared, the button brings them back to the export card with a kind message; once it is done, the
 * same button saves the file and the page stays where it is.
 */
@BackstrideTest
class ExportJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExportSlots slots;

	@Test
	void aDownloadRefusedWhileAnotherIsPreparedSaysSoInTheExportCardAndWorksLater() throws Exception {
		String email = "export-" + UUID.randomUUID() + "@example.org";
		Path downloads = Files.createTempDirectory("downloads-");
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			HasCdp cdp = (HasCdp) browser.driver();
			cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
			cdp.executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toString()));
			browser.go("/signup")
				.type("#email", email)
				.type("#password", "a long password")
				.type("#confirm", "a long password")
				.click("main button[type=submit]");
			browser.waitForPath("/profile");
			StalledDownload.giveLargeRunFile(this.jdbc, email);
			String cookies = browser.driver()
				.manage()
				.getCookies()
				.stream()
				.map((c) -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; "));
			browser.go("/account");
			try (StalledDownload first = new StalledDownload(this.port, "/account/export", "Cookie: " + cookies)) {
				assertThat(first.statusLine()).startsWith("HTTP/1.1 200");
				browser.click("#export-fhir");
				assertThat(browser.text("#export-busy")).isEqualTo(ExportSlots.YOURS);
				assertThat(browser.path()).isEqualTo("/account#export");
				assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
				browser.screenshot("export-busy-phone");
			}
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.slots.inUse() == 0);
			browser.go("/account");
			browser.click("#export-fhir");
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> finished(downloads.toFile()));
			assertThat(browser.path()).isEqualTo("/account");
			assertThat(browser.has("#export-busy")).isFalse();
			File[] saved = downloads.toFile().listFiles();
			assertThat(saved).singleElement()
				.satisfies((f) -> assertThat(f.getName()).startsWith("backstride-").endsWith(".fhir.json"));
			assertThat(Files.readString(saved[0].toPath())).contains("\"resourceType\":\"Bundle\"");
		}
	}

	private static boolean finished(File folder) {
		File[] files = folder.listFiles();
		return files != null && files.length == 1 && !files[0].getName().endsWith(".crdownload");
	}

}
