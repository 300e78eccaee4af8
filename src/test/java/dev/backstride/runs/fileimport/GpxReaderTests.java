package dev.backstride.runs.fileimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import dev.backstride.runs.Recording;
import dev.backstride.runs.fileimport.RealFiles.RealFile;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.WayPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backstride's streaming GPX reader agrees with jpx on the real GPX runs: points and start. Files over
 * 200 kB are left to ActivityFilesTests: jpx takes seconds over them (a DOM document per point's
 * extensions), past the suite's per-test timeout on a busy machine.
 */
class GpxReaderTests {

	static List<RealFile> gpxRuns() {
		return RealFiles.runs().stream().filter((f) -> f.path().endsWith(".gpx") && f.bytes().length < 200_000)
			.toList();
	}

	@ParameterizedTest
	@MethodSource("gpxRuns")
	void agreesWithJpxOnPointsAndTimes(RealFile file) throws IOException {
		GPX gpx = GPX.Reader.of(GPX.Reader.Mode.LENIENT).read(new ByteArrayInputStream(file.bytes()));
		List<WayPoint> points = gpx.tracks().flatMap((t) -> t.segments()).flatMap((s) -> s.points()).toList();
		Recording ours = ActivityFilesTests.read(file);
		assertThat(ours.records()).isEqualTo(points.size());
		assertThat(ours.start()).isEqualTo(points.stream().flatMap((p) -> p.getTime().stream()).findFirst().orElseThrow());
	}

}
