package dev.backstride.runs.fileimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;
import dev.backstride.runs.fileimport.RealFiles.RealFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every real file in src/test/resources/running: runs match the reference decoders, the rest are refused. */
class ActivityFilesTests {

	private static final long LIMIT = 32L * 1024 * 1024;

	@Test
	void coversEveryRealFile() {
		assertThat(RealFiles.all()).hasSize(39);
		assertThat(RealFiles.runs()).hasSize(15);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.runs.fileimport.RealFiles#runs")
	void readsEveryRealRunWithTheReferenceDistanceTimeAndRecordCount(RealFile file) {
		Recording run = read(file);
		var expected = file.expected();
		assertThat(run.records()).as("records").isEqualTo(expected.get("records").asInt());
		assertThat(run.elapsedSeconds()).as("elapsed").isCloseTo(expected.get("elapsed_s").asDouble(), within(1.0));
		double meters = expected.get("distance_m").asDouble();
		assertThat(run.distanceMeters()).as("distance").isCloseTo(meters, within(0.005 * meters + 1e-9));
		assertThat(run.start()).isEqualTo(Instant.parse(expected.get("start_time").asString()));
		assertThat(run.movingSeconds()).isBetween(0.0, run.elapsedSeconds() + 1e-9);
		assertThat(run.track().size()).isEqualTo(run.records());
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.runs.fileimport.RealFiles#refused")
	void refusesEveryFileThatIsNotARunWithAReasonInPlainWords(RealFile file) {
		ReadResult result = ActivityFiles.read(file.bytes(), LIMIT);
		assertThat(result).isInstanceOf(ReadResult.Rejected.class);
		String reason = ((ReadResult.Rejected) result).reason();
		assertThat(reason).containsIgnoringCase(RealFiles.REFUSED.get(file.path()));
		assertThat(reason).matches("[A-Z].*\\.").doesNotContain("Exception").doesNotContain("null");
	}

	@Test
	void readsAGzippedRunLikeThePlainFile() throws IOException {
		RealFile plain = RealFiles.runs().stream().filter((f) -> f.path().endsWith("garmin-fenix-5-run.fit")).findFirst().orElseThrow();
		Recording gz = ((ReadResult.Read) ActivityFiles.read(gzip(plain.bytes()), LIMIT)).recording();
		assertThat(gz).usingRecursiveComparison().isEqualTo(read(plain));
	}

	@Test
	void refusesAGzipThatUnpacksBeyondTheLimit() throws IOException {
		byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
		assertThat(bomb.length).isLessThan(20_000);
		ReadResult result = ActivityFiles.read(bomb, 1024 * 1024);
		assertThat(((ReadResult.Rejected) result).reason()).contains("too large once unpacked");
	}

	@Test
	void refusesFilesThatAreNotActivities() {
		assertThat(((ReadResult.Rejected) ActivityFiles.read("hello".getBytes(), LIMIT)).reason())
			.contains("not an activity file");
		assertThat(((ReadResult.Rejected) ActivityFiles.read(new byte[0], LIMIT)).reason()).contains("empty");
		assertThat(((ReadResult.Rejected) ActivityFiles.read(new byte[] { 0x1f, (byte) 0x8b, 1, 2 }, LIMIT)).reason())
			.contains("damaged");
	}

	@Test
	void readsHeartRateCadenceAndRunningDynamicsWhereRecorded() {
		Recording fenix = read(byPath("fit/activity-small-fenix2-run.fit"));
		assertThat(fenix.ascentMeters()).hasValue(64);
		Recording stryd = read(byPath("fit/developer-types-sample.fit"));
		assertThat(stryd.avgCadence()).isPresent();
		Recording strava = read(byPath("gpx/extensions.gpx"));
		assertThat(strava.avgHeartRate()).isPresent();
		assertThat(strava.avgCadence()).isPresent();
		Recording tcx = read(byPath("tcx/running_activity_1.tcx"));
		assertThat(tcx.avgHeartRate()).isPresent();
	}

	static RealFile byPath(String path) {
		return RealFiles.all().stream().filter((f) -> f.path().equals(path)).findFirst().orElseThrow();
	}

	static Recording read(RealFile file) {
		ReadResult result = ActivityFiles.read(file.bytes(), LIMIT);
		assertThat(result).as(file.path() + ": " + result).isInstanceOf(ReadResult.Read.class);
		return ((ReadResult.Read) result).recording();
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

}
