package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive is never held whole in memory: a JVM with a 64 MB heap reads every run out of a generated
 * archive of about 120 MB (a Strava-style part and a nested Garmin-style zip).
 */
class StreamingImportTests {

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void aJvmWithA64MbHeapReadsEveryRunOutOfAnArchiveLargerThanItsHeap() throws IOException, InterruptedException {
		byte[] run = ActivityFilesTests.byPath("fit/activity-small-fenix2-run.fit").bytes();
		Path archive = this.dir.resolve("generated.zip");
		StreamingCheck.write(archive, run, 1000);
		assertThat(Files.size(archive)).isGreaterThan(100L * 1024 * 1024);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), StreamingCheck.class.getName(), archive.toString()))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		assertThat(output).contains("runs 1000, refused 0, heap max");
	}

}
