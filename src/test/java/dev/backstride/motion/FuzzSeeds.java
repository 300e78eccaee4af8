package dev.backstride.motion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the generated seed inputs of the fuzz tests under {@code src/test/resources} (run from the
 * project directory: {@code java -cp target/classes:target/test-classes dev.backstride.motion.FuzzSeeds});
 * the seeds copied from real files are copied by hand (see README, Fuzzing).
 */
public final class FuzzSeeds {

	private static final Path RESOURCES = Path.of("src/test/resources/dev/backstride/motion");

	private FuzzSeeds() {
	}

	public static void main(String[] args) throws IOException {
		Path engine = Files.createDirectories(RESOURCES.resolve("PelvisEngineFuzzTestsInputs/pelvisEngine"));
		write(engine.resolve("run-40s"), PelvisEngineFuzzTests.encode(MotionSamples.aRun(11)));
		write(engine.resolve("run-10s"), PelvisEngineFuzzTests.encode(MotionSamples.aShortRun(12)));
		write(engine.resolve("standing-then-run"),
				PelvisEngineFuzzTests.encode(head(MotionSamples.aRunAfterStanding(13), 3000)));
		Path json = Files.createDirectories(RESOURCES.resolve("web/ImuJsonFuzzTestsInputs/recorderJson"));
		write(json.resolve("short-run.json"), MotionSamples.json(head(MotionSamples.aShortRun(14), 300))
			.getBytes(StandardCharsets.UTF_8));
		write(json.resolve("three-samples.json"), MotionSamples.json(head(MotionSamples.aShortRun(15), 3))
			.getBytes(StandardCharsets.UTF_8));
	}

	static ImuRecording head(ImuRecording r, int n) {
		int k = Math.min(n, r.size());
		return new ImuRecording(Arrays.copyOf(r.t(), k), Arrays.copyOf(r.ax(), k), Arrays.copyOf(r.ay(), k),
				Arrays.copyOf(r.az(), k), Arrays.copyOf(r.gx(), k), Arrays.copyOf(r.gy(), k), Arrays.copyOf(r.gz(), k));
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		Files.write(file, bytes);
		System.out.println(file + ": " + bytes.length + " bytes");
	}

}
