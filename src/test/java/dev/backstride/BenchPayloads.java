package dev.backstride;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.backstride.motion.MotionSamples;
import dev.backstride.screening.RedFlagItem;

/**
 * Request bodies for {@code bench/load.sh}: a 40-second synthetic run as the recorder's JSON, and a
 * red-flag screening with every answer "no". Run with the directory to write into as the argument.
 */
public final class BenchPayloads {

	private BenchPayloads() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Files.createDirectories(Path.of(args[0]));
		Files.writeString(dir.resolve("run.json"), MotionSamples.json(MotionSamples.aRun(7)), StandardCharsets.UTF_8);
		String answers = Arrays.stream(RedFlagItem.values())
			.map(item -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(","));
		Files.writeString(dir.resolve("red-flags.json"), "{\"answers\":{" + answers + "}}", StandardCharsets.UTF_8);
	}

}
