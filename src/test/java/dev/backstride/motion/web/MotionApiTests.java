package dev.backstride.motion.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.motion.ImuRecording;
import dev.backstride.motion.MotionSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class MotionApiTests {

	private static final String IMU = "/api/v1/motion/imu";

	@LocalServerPort
	int port;

	@Test
	void analysesAJsonRecordingLargerThanOtherApiBodiesAndReadsItBack() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String body = MotionSamples.json(MotionSamples.aRun(21));
		assertThat(body.length()).isGreaterThan(256 * 1024);
		Reply created = runner.post(IMU, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode report = created.json();
		long id = report.get("id").asLong();
		assertThat(report.get("strides").asInt()).isGreaterThanOrEqualTo(20);
		assertThat(report.get("cadence").asDouble()).isBetween(140.0, 210.0);
		assertThat(report.get("tilt").get("mean").asDouble()).isPositive();
		assertThat(report.get("tilt").has("sd")).isTrue();
		assertThat(report.get("obliquity").get("left").asDouble()).isPositive();
		assertThat(report.get("obliquity").get("right").asDouble()).isPositive();
		assertThat(report.get("rotation").get("mean").asDouble()).isPositive();
		assertThat(report.get("asymmetry").isNumber()).isTrue();
		assertThat(report.get("warnings").isArray()).isTrue();
		assertThat(report.get("expectedError").get("tilt").asDouble()).isBetween(0.5, 1.5);
		assertThat(report.get("expectedError").get("cadence").asDouble()).isBetween(0.2, 1.0);
		assertThat(report.get("unsteady").isArray()).as("the metrics whose strides differed too much: none here").isTrue();
		assertThat(report.get("unsteady")).isEmpty();

		Reply read = runner.get("/api/v1/motion/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(report);
		JsonNode list = runner.get("/api/v1/motion").json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
		assertThat(list.get(0).get("source").asString()).isEqualTo("API (JSON)");
	}

	@Test
	void answersWithTheLocationOfTheNewMeasurement() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + IMU))
				.header("Authorization", "Bearer " + runner.token())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(MotionSamples.json(MotionSamples.aRun(22))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/api/v1/motion/" + runner.get("/api/v1/motion").json().get(0).get("id").asLong());
		assertThat(runner.get(URI.create(location).getPath()).status()).isEqualTo(200);
	}

	@Test
	void analysesASensorLoggerZipUploadedAsAFile() {
		ApiClient runner = new ApiClient(this.port).signUp();
		ImuRecording run = MotionSamples.aRunAfterStanding(24);
		Multipart upload = Multipart.file("file", "Run_2026-03-10.zip", MotionSamples.sensorLoggerZip(run));
		Reply created = runner.sendBytes("POST", IMU, upload.contentType(), upload.body());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(runner.get("/api/v1/motion/" + id).json()).isEqualTo(created.json());
		assertThat(runner.get("/api/v1/motion").json().get(0).get("source").asString())
			.startsWith("Run_2026-03-10.zip").contains("Sensor Logger");
	}

	static Stream<Arguments> badJson() {
		ImuRecording run = MotionSamples.aRun(25);
		String valid = MotionSamples.json(run);
		double[] t = run.t().clone();
		double swap = t[100];
		t[100] = t[101];
		t[101] = swap;
		ImuRecording unsorted = new ImuRecording(t, run.ax(), run.ay(), run.az(), run.gx(), run.gy(), run.gz());
		double[] zero = new double[run.size()];
		ImuRecording flat = new ImuRecording(run.t(), run.ax(), run.ay(), run.az(), zero, zero, zero);
		return Stream.of(Arguments.of("no gyroscope at all", valid.substring(0, valid.indexOf(",\"gyro\"")) + "}", "gyro"),
				Arguments.of("a flat gyroscope", MotionSamples.json(flat), "no gyroscope signal"),
				Arguments.of("unsorted time stamps", MotionSamples.json(unsorted), "out of order"),
				Arguments.of("a NaN", valid.replaceFirst("\\[\\[[^,]+,", "[[NaN,"), "not valid JSON"),
				Arguments.of("too many samples", "{\"t\":[" + "0,".repeat(400_001) + "0]}", "more than 400000 samples"),
				Arguments.of("an empty body", "", "JSON object"),
				Arguments.of("the wrong shape", "[1, 2, 3]", "JSON object"),
				Arguments.of("lengths that differ", "{\"t\":[0,0.01],\"acc\":[[0,0,9.8]],\"gyro\":[[0,0,0]]}",
						"same length"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badJson")
	void refusesABadJsonRecordingAndStoresNothing(String what, String body, String reason) {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = runner.post(IMU, body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains(reason);
		assertThat(runner.get("/api/v1/motion").json()).isEmpty();
	}

	static Stream<Arguments> requestsThatOnceHungOrExhaustedTheServer() {
		ImuRecording run = MotionSamples.aRun(29);
		Stream.Builder<Arguments> cases = Stream.builder();
		ImuRecording spinning = prefix(run, run.size());
		java.util.Arrays.fill(spinning.gz(), 1e300);
		cases.add(Arguments.of("every rotation rate 1e300", MotionSamples.json(spinning), "rotation rate"));
		for (double last : new double[] { 1e5, 1e7, 1e8 }) {
			ImuRecording gap = prefix(run, run.size() + 1);
			gap.t()[run.size()] = last;
			cases.add(Arguments.of("one more sample at t = " + last, MotionSamples.json(gap), "spans"));
		}
		return cases.build();
	}

	/** The hang guard is generous: each of these is answered in milliseconds. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("requestsThatOnceHungOrExhaustedTheServer")
	void answersRequestsThatOnceHungOrExhaustedTheServerWithAReason(String what, String body, String reason) {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
				() -> runner.post(IMU, body));
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains(reason);
		assertThat(runner.get("/api/v1/motion").json()).isEmpty();
	}

	static Stream<Arguments> tooShortToMeasure() {
		ImuRecording run = MotionSamples.aRun(29);
		Stream.Builder<Arguments> cases = Stream.builder();
		cases.add(Arguments.of("a short run", MotionSamples.json(MotionSamples.aShortRun(26)), "running is too short"));
		for (int n : new int[] { 2, 3, 6, 7, 10, 14 }) {
			cases.add(Arguments.of("the first " + n + " samples", MotionSamples.json(prefix(run, n)),
					"recording is too short"));
		}
		return cases.build();
	}

	/** A recording too short for the metrics is never lost: stored, listed, and read back with the reason. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("tooShortToMeasure")
	void keepsARecordingTooShortToMeasureWithTheReason(String what, String body, String reason) {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
				() -> runner.post(IMU, body));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode kept = reply.json();
		assertThat(kept.get("measured").asBoolean()).isFalse();
		assertThat(kept.get("notMeasured").asString()).contains(reason).endsWith(".");
		assertThat(kept.get("strides").asInt()).isZero();
		assertThat(kept.get("tilt").isNull()).isTrue();
		assertThat(kept.get("cadence").isNull()).isTrue();
		assertThat(runner.get("/api/v1/motion/" + kept.get("id").asLong()).json()).isEqualTo(kept);
		JsonNode list = runner.get("/api/v1/motion").json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("measured").asBoolean()).isFalse();
		assertThat(list.get(0).get("notMeasured").asString()).contains(reason);
	}

	@Test
	void keepsASensorLoggerZipOfTenRowsWithTheReason() {
		ApiClient runner = new ApiClient(this.port).signUp();
		Multipart upload = Multipart.file("file", "Run.zip", MotionSamples.sensorLoggerZip(prefix(MotionSamples.aRun(30), 10)));
		Reply reply = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
				() -> runner.sendBytes("POST", IMU, upload.contentType(), upload.body()));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().get("notMeasured").asString()).contains("too short");
		assertThat(runner.get("/api/v1/motion").json()).hasSize(1);
	}

	/** A real walk (lower-back sensor, 10 steps by the optical reference): analysed, not refused. */
	@Test
	void reportsTheWalkingOfARecordingWithoutRunning() throws IOException {
		ApiClient runner = new ApiClient(this.port).signUp();
		String body;
		try (InputStream in = getClass().getResourceAsStream("/motion/walking/json/HA001_TimeMeasure1_Test5_Trial1.json")) {
			body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		Reply reply = runner.post(IMU, body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode json = reply.json();
		assertThat(json.get("measured").asBoolean()).isFalse();
		assertThat(json.get("strides").asInt()).isZero();
		assertThat(json.get("tilt").isNull()).isTrue();
		JsonNode walking = json.get("walking");
		assertThat(walking.get("steps").asInt()).isBetween(8, 12);
		assertThat(walking.get("cadence").asDouble()).isBetween(97.7, 101.7);
		assertThat(walking.get("bouts")).hasSize(1);
		assertThat(walking.get("bouts").get(0).get("start").asDouble()).isBetween(4.0, 6.0);
		assertThat(walking.get("bouts").get(0).get("end").asDouble()).isBetween(9.5, 11.5);
	}

	@Test
	void deletesOnlyTheRunnersOwnRecording() {
		ApiClient alice = new ApiClient(this.port).signUp();
		ApiClient bob = new ApiClient(this.port).signUp();
		long kept = alice.post(IMU, MotionSamples.json(MotionSamples.aShortRun(31))).json().get("id").asLong();
		long gone = alice.post(IMU, MotionSamples.json(MotionSamples.aShortRun(32))).json().get("id").asLong();

		assertThat(bob.delete("/api/v1/motion/" + gone).status()).isEqualTo(404);
		assertThat(alice.get("/api/v1/motion/" + gone).status()).isEqualTo(200);

		Reply deleted = alice.delete("/api/v1/motion/" + gone);
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(alice.get("/api/v1/motion/" + gone).status()).isEqualTo(404);
		assertThat(alice.delete("/api/v1/motion/" + gone).status()).isEqualTo(404);
		JsonNode list = alice.get("/api/v1/motion").json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("id").asLong()).isEqualTo(kept);
	}

	private static ImuRecording prefix(ImuRecording r, int n) {
		return new ImuRecording(java.util.Arrays.copyOf(r.t(), n), java.util.Arrays.copyOf(r.ax(), n),
				java.util.Arrays.copyOf(r.ay(), n), java.util.Arrays.copyOf(r.az(), n),
				java.util.Arrays.copyOf(r.gx(), n), java.util.Arrays.copyOf(r.gy(), n),
				java.util.Arrays.copyOf(r.gz(), n));
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(Arguments.of("wrong-header.csv", "is not a recording from Sensor Logger or phyphox"),
				Arguments.of("sensorlogger-truncated.zip", "truncated or corrupt"),
				Arguments.of("sensorlogger-only-accelerometer.zip", "no Gyroscope.csv"),
				Arguments.of("phyphox-nan.zip", "is not a number"), Arguments.of("empty.csv", "is empty"),
				Arguments.of("sensorlogger-garbage-number.zip", "is not a number"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void refusesAnUnusableFileAndStoresNothing(String fixture, String reason) throws IOException {
		ApiClient runner = new ApiClient(this.port).signUp();
		Multipart upload = Multipart.file("file", fixture, fixture(fixture));
		Reply reply = runner.sendBytes("POST", IMU, upload.contentType(), upload.body());
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains(reason);
		assertThat(runner.get("/api/v1/motion").json()).isEmpty();
	}

	@Test
	void refusesAMultipartUploadWithoutAFilePart() {
		ApiClient runner = new ApiClient(this.port).signUp();
		Multipart upload = Multipart.file("other", "run.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(27)));
		Reply reply = runner.sendBytes("POST", IMU, upload.contentType(), upload.body());
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains("file");
		assertThat(runner.get("/api/v1/motion").json()).isEmpty();
	}

	@Test
	void refusesAFileOverTheUploadLimitWithProblemDetails() {
		ApiClient runner = new ApiClient(this.port).signUp();
		byte[] huge = new byte[65 * 1024 * 1024];
		java.util.Arrays.fill(huge, (byte) 'a');
		Multipart upload = Multipart.file("file", "huge.csv", huge);
		Reply reply = runner.sendBytes("POST", IMU, upload.contentType(), upload.body());
		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.json().get("title").asString()).isEqualTo("File too large");
		assertThat(reply.json().get("detail").asString()).contains("64 MiB");
		assertThat(runner.get("/api/v1/motion").json()).isEmpty();
	}

	@Test
	void refusesTheWrongContentType() {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = runner.send("POST", IMU, "text/csv", "time,x,y,z\n0,1,2,3\n");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("title").asString()).isEqualTo("Unsupported content type");
		assertThat(runner.get("/api/v1/motion").json()).isEmpty();
	}

	@Test
	void keepsEachRunnersMeasurementsToThemselves() {
		ApiClient owner = new ApiClient(this.port).signUp();
		ApiClient stranger = new ApiClient(this.port).signUp();
		long id = owner.post(IMU, MotionSamples.json(MotionSamples.aRun(28))).json().get("id").asLong();
		Reply peek = stranger.get("/api/v1/motion/" + id);
		assertThat(peek.status()).isEqualTo(404);
		assertThat(peek.contentType()).startsWith("application/problem+json");
		assertThat(stranger.get("/api/v1/motion").json()).isEmpty();
		assertThat(owner.get("/api/v1/motion/" + (id + 1000)).status()).isEqualTo(404);
	}

	@Test
	void asksForATokenFirst() {
		Reply reply = new ApiClient(this.port).get("/api/v1/motion");
		assertThat(reply.status()).isEqualTo(401);
	}

	@Test
	void describesTheMotionEndpointsInTheOpenApiDocument() {
		JsonNode paths = new ApiClient(this.port).get("/v3/api-docs").json().get("paths");
		assertThat(paths.has("/api/v1/motion/imu")).isTrue();
		assertThat(paths.has("/api/v1/motion/{id}")).isTrue();
		assertThat(paths.has("/api/v1/motion")).isTrue();
		JsonNode content = paths.get("/api/v1/motion/imu").get("post").get("requestBody").get("content");
		assertThat(content.has("application/json")).isTrue();
		assertThat(content.has("multipart/form-data")).isTrue();
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = MotionApiTests.class.getResourceAsStream("/motion/" + name)) {
			return in.readAllBytes();
		}
	}

}
