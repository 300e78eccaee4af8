package dev.backstride.motion.csv;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A zip of thousands of folders gets an error message of a few lines: the first paths and how many
 * more, never every path.
 */
class ImuFilesMessageTests {

	private static final String GYROSCOPE = "time,seconds_elapsed,z,y,x\n1000000000,0,0.1,0.2,0.3\n2000000000,1,0.1,0.2,0.3\n";

	@Test
	void namesTheFirstFewOf20000GyroscopeFilesAndCountsTheRest() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		for (int i = 0; i < 20_000; i++) {
			zip.add("run-" + i + "/Gyroscope.csv", GYROSCOPE);
		}
		String reason = unreadable(zip.bytes());
		assertThat(reason).startsWith("The zip holds more than one Gyroscope.csv (run-0/Gyroscope.csv, ")
			.contains(" and 19995 more); upload one recording at a time.")
			.hasSizeLessThan(600);
	}

	@Test
	void namesTheFirstFewOf20000UnknownFilesAndCountsTheRest() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		for (int i = 0; i < 20_000; i++) {
			zip.add("folder-" + i + "/notes.csv", "what,when\nx,y\n");
		}
		String reason = unreadable(zip.bytes());
		assertThat(reason).contains("none of its files (folder-0/notes.csv, ")
			.contains(" and 19995 more) comes from those apps")
			.hasSizeLessThan(1200);
	}

	@Test
	void clipsAnOverlongPath() {
		ImuFixtures.Zip zip = new ImuFixtures.Zip();
		zip.add("a".repeat(5000) + "/Gyroscope.csv", GYROSCOPE);
		zip.add("b/Gyroscope.csv", GYROSCOPE);
		String reason = unreadable(zip.bytes());
		assertThat(reason).contains("a".repeat(119) + "…").hasSizeLessThan(400);
	}

	private static String unreadable(byte[] zip) {
		ImuReadResult result = ImuFiles.read("many.zip", new ByteArrayInputStream(zip), 1_000_000);
		assertThat(result).isInstanceOf(ImuReadResult.Unreadable.class);
		return ((ImuReadResult.Unreadable) result).reason();
	}

}
