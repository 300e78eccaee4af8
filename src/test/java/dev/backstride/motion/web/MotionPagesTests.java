package dev.backstride.motion.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

import dev.backstride.BackstrideTest;
import dev.backstride.motion.MotionSamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class MotionPagesTests {

	@LocalServerPort
	int port;

	@Test
	void uploadsAnExportThroughTheFormAndShowsTheReport() {
		PageSession runner = PageSession.signedUp(this.port);
		assertThat(runner.get("/motion").body()).contains("No measurements yet").contains("Upload a sensor app export");
		HttpResponse<String> uploaded = runner.upload("/motion/upload", "Run.zip",
				MotionSamples.sensorLoggerZip(MotionSamples.aRunAfterStanding(31)));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String location = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/motion/\\d+");
		String report = runner.get(location).body();
		assertThat(report).contains("Pelvis report", "Measured", "K-TILT", "K-OBLIQ", "K-ROT", "K-CAD", "K-ASYM")
			.contains("This is your first measurement")
			.contains("How exact these are: tilt within about")
			.contains("id=\"motion-curves\"", "<canvas id=\"chart-tilt\"", "/chart.umd.min-", "/js/motion-report-")
			.contains("class=\"table-wrap strides\"")
			.contains("Left out")
			.contains("your profile does not give your sex");
		assertThat(runner.get("/motion").body()).contains("id=\"measurements\"", location.substring(location.indexOf("/motion")))
			.doesNotContain("No measurements yet");
	}

	@Test
	void comparesALaterMeasurementWithTheFirst() {
		PageSession runner = PageSession.signedUp(this.port);
		runner.get("/motion");
		runner.upload("/motion/upload", "first.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(32)));
		String second = runner.upload("/motion/upload", "second.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(33)))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		assertThat(runner.get(second).body()).contains("Changes are against your first measurement")
			.containsPattern("Since your first measurement: [0-9.]+° (more|less)\\.|The same as in your first measurement\\.");
		String list = runner.get("/motion").body();
		assertThat(list).contains("Your first run beside your latest", "id=\"chart-trend\"", "id=\"trend-table\"");
	}

	@Test
	void showsWhyAnUploadedFileCannotBeMeasured() throws IOException {
		PageSession runner = PageSession.signedUp(this.port);
		runner.get("/motion");
		HttpResponse<String> uploaded = runner.upload("/motion/upload", "wrong-header.csv", fixture("wrong-header.csv"));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/motion");
		assertThat(runner.get("/motion").body()).contains("That file could not be read. The file wrong-header.csv is not a"
				+ " recording from Sensor Logger or phyphox")
			.contains("No measurements yet");
	}

	@Test
	void asksForAFileWhenTheFormIsSentEmpty() {
		PageSession runner = PageSession.signedUp(this.port);
		runner.get("/motion");
		runner.upload("/motion/upload", "", new byte[0]);
		assertThat(runner.get("/motion").body()).contains("Choose a file first");
	}

	@Test
	void takesTheRecordersJsonWithTheCsrfHeaderOnly() {
		PageSession runner = PageSession.signedUp(this.port);
		String page = runner.get("/motion/record").body();
		assertThat(page).contains("id=\"recorder\"", "data-upload=\"/motion/recordings\"", "data-report=\"/motion/{id}\"",
				"id=\"rec-minutes\"", "id=\"rec-start\"", "id=\"rec-stop\"", "id=\"rec-status\"", "id=\"rec-timer\"",
				"id=\"rec-rate\"", "name=\"_csrf_header\"", "/js/recorder-", "waistband");
		String json = MotionSamples.json(MotionSamples.aRun(34));
		assertThat(runner.postJson("/motion/recordings", json, false).statusCode()).isEqualTo(403);
		HttpResponse<String> saved = runner.postJson("/motion/recordings", json, true);
		assertThat(saved.statusCode()).isEqualTo(201);
		assertThat(saved.body()).matches("\\{\"id\":\\d+}");
		HttpResponse<String> kept = runner.postJson("/motion/recordings",
				MotionSamples.json(MotionSamples.aShortRun(35)), true);
		assertThat(kept.statusCode()).isEqualTo(201);
		String id = kept.body().replaceAll("\\D", "");
		assertThat(runner.get("/motion").body()).contains("Not measured: too little running");
		assertThat(runner.get("/motion/" + id).body()).contains("id=\"not-measured\"",
				"The running is too short to measure", "The recording is kept here");
	}

	@Test
	void hidesOneRunnersReportFromAnother() {
		PageSession owner = PageSession.signedUp(this.port);
		owner.get("/motion");
		String location = owner.upload("/motion/upload", "Run.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(36)))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		PageSession stranger = PageSession.signedUp(this.port);
		HttpResponse<String> peek = stranger.get(location);
		assertThat(peek.statusCode()).isEqualTo(404);
		assertThat(peek.body()).doesNotContain("Pelvis report");
	}

	@Test
	void servesChartJsFromTheWebJar() {
		PageSession anyone = new PageSession(this.port);
		HttpResponse<String> script = anyone.get("/webjars/chart.js/dist/chart.umd.min.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(anyone.get("/js/motion-report.js").statusCode()).isEqualTo(200);
		assertThat(anyone.get("/css/motion.css").statusCode()).isEqualTo(200);
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = MotionPagesTests.class.getResourceAsStream("/motion/" + name)) {
			return in.readAllBytes();
		}
	}

}
