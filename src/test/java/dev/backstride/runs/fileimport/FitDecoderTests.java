package dev.backstride.runs.fileimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dev.backstride.runs.fileimport.RealFiles.RealFile;
import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.backstride.runs.fileimport.FitBytes.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backstride's FIT decoder against Garmin's FIT SDK on every real FIT file in
 * src/test/resources/running: the same file types, and for every record and session the same time,
 * position, elevation, heart rate, cadence, distance, speed, sport and totals; the damaged files are
 * refused by both.
 */
class FitDecoderTests {

	static Stream<RealFile> fitFiles() {
		return RealFiles.all().stream().filter((f) -> f.path().endsWith(".fit") || f.path().endsWith(".fit.gz"));
	}

	static byte[] plain(RealFile file) {
		byte[] bytes = file.bytes();
		if (!file.path().endsWith(".gz")) {
			return bytes;
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@MethodSource("fitFiles")
	void decodesEveryRealFitFileFieldByFieldAsGarminsSdkDoes(RealFile file) {
		byte[] bytes = plain(file);
		FitFacts.Decoded sdk = FitFacts.sdk(bytes);
		FitFacts.Decoded ours = FitFacts.ours(bytes);
		assertThat(ours.ok()).as("accepted (the SDK: %s)", sdk.ok()).isEqualTo(sdk.ok());
		if (!sdk.ok()) {
			return;
		}
		assertThat(ours.facts().fileTypes()).isEqualTo(sdk.facts().fileTypes());
		assertThat(ours.facts().sessions()).isEqualTo(sdk.facts().sessions());
		List<FitFacts.Sample> expected = sdk.facts().records();
		List<FitFacts.Sample> actual = ours.facts().records();
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.get(i)).as("record %d", i).isEqualTo(expected.get(i));
		}
	}

	@Test
	void namesEverySportSubSportAndFileTypeAsTheSdkDoes() {
		for (com.garmin.fit.Sport sport : com.garmin.fit.Sport.values()) {
			if (sport != com.garmin.fit.Sport.INVALID && sport != com.garmin.fit.Sport.ALL) {
				assertThat(FitProfile.sport(sport.getValue())).isEqualTo(sport.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
		for (com.garmin.fit.SubSport sub : com.garmin.fit.SubSport.values()) {
			if (sub != com.garmin.fit.SubSport.INVALID && sub != com.garmin.fit.SubSport.ALL
					&& sub != com.garmin.fit.SubSport.GENERIC) {
				assertThat(FitProfile.subSport(sub.getValue())).as("%s", sub)
					.hasValue(sub.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
		for (com.garmin.fit.File type : com.garmin.fit.File.values()) {
			if (type != com.garmin.fit.File.INVALID && !type.name().startsWith("MFG_")) {
				assertThat(FitProfile.fileType(type.getValue())).isEqualTo(type.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
	}

	/** A record definition with time, position, altitude and distance, in the given byte order. */
	private static FitBytes records(boolean bigEndian) {
		return FitBytes.file()
			.define(0, 0, false, field(0, 1, 0x00))
			.data(0, 1, 4)
			.define(1, 20, bigEndian, field(253, 4, 0x86), field(0, 4, 0x85), field(1, 4, 0x85), field(2, 2, 0x84),
					field(5, 4, 0x86), field(3, 1, 0x02));
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(booleans = { false, true })
	void readsBothByteOrdersCompressedTimesAndInvalidValuesAsTheSdkDoes(boolean bigEndian) {
		long t = 1_000_000_000L;
		byte[] file = records(bigEndian).data(1, 4, t, 4, 600_000_000L, 4, -100_000_000L, 2, 2600, 4, 1234, 1, 150)
			.data(1, 4, t + 30, 4, 0x7FFFFFFFL, 4, 0x7FFFFFFFL, 2, 0xFFFF, 4, 0xFFFFFFFFL, 1, 0xFF)
			.define(2, 20, bigEndian, field(3, 1, 0x02), field(7, 3, 0x0D))
			.compressed(2, 3, 1, 140, 3, 0)
			.compressed(2, 1, 1, 141, 3, 0)
			.bytes();
		FitFacts.Decoded sdk = FitFacts.sdk(file);
		FitFacts.Decoded ours = FitFacts.ours(file);
		assertThat(sdk.ok()).isTrue();
		assertThat(ours.facts()).isEqualTo(sdk.facts());
		assertThat(ours.facts().records()).extracting(FitFacts.Sample::time).containsExactly(t, t + 30, t + 35, t + 65);
		assertThat(ours.facts().records().get(0).altitude()).isEqualTo(20.0);
		assertThat(ours.facts().records().get(1).lat()).isNaN();
	}

	@Test
	void compressedTimesRollOverEveryThirtyTwoSeconds() {
		assertThat(FitDecoder.compressedTime(64 + 10, 12)).isEqualTo(64 + 12);
		assertThat(FitDecoder.compressedTime(64 + 10, 10)).isEqualTo(64 + 10);
		assertThat(FitDecoder.compressedTime(64 + 10, 9)).isEqualTo(96 + 9);
		assertThat(FitDecoder.compressedTime(64 + 31, 0)).isEqualTo(96);
	}

	static Stream<Arguments> damaged() {
		byte[] good = records(false).data(1, 4, 1_000_000_000L, 4, 0, 4, 0, 2, 2600, 4, 0, 1, 150).bytes();
		byte[] badHeaderCrc = good.clone();
		badHeaderCrc[12] ^= 1;
		byte[] badCrc = good.clone();
		badCrc[20] ^= 1;
		byte[] noFit = good.clone();
		noFit[9] = 'X';
		byte[] longerThanFile = good.clone();
		longerThanFile[4] += 1;
		longerThanFile[12] = 0; // a header CRC of 0: not computed
		longerThanFile[13] = 0;
		byte[] architecture = good.clone();
		architecture[14 + 2] = 7;
		byte[] chained = java.util.Arrays.copyOf(good, good.length * 2 - 3);
		System.arraycopy(good, 0, chained, good.length, good.length - 3);
		byte[] trailing = java.util.Arrays.copyOf(good, good.length + 5);
		return Stream.of(Arguments.of("header crc", badHeaderCrc, FitDecoder.NOT_FIT),
				Arguments.of("file crc", badCrc, FitDecoder.BAD_CHECKSUM), Arguments.of("no .FIT", noFit, "not a FIT file"),
				Arguments.of("data size past the end", longerThanFile, FitDecoder.CUT_SHORT),
				Arguments.of("architecture 7", FitBytes.withCrc(architecture), FitDecoder.MALFORMED),
				Arguments.of("second file cut short", chained, FitDecoder.BROKEN_CHAIN),
				Arguments.of("bytes after the file", trailing, FitDecoder.BROKEN_CHAIN),
				Arguments.of("undefined local type", FitBytes.file().data(3, 1, 4).bytes(), FitDecoder.UNDEFINED),
				Arguments.of("message past the data", FitBytes.file().define(0, 20, false, field(253, 4, 0x86)).data(0, 2, 7).bytes(),
						FitDecoder.CUT_SHORT),
				Arguments.of("definition past the data", FitBytes.file().raw(0x40, 0, 0, 20, 0, 9, 253).bytes(),
						FitDecoder.CUT_SHORT),
				Arguments.of("field of size 0", FitBytes.file().define(0, 20, false, field(253, 0, 0x86)).bytes(),
						FitDecoder.MALFORMED),
				Arguments.of("no data", java.util.Arrays.copyOf(FitBytes.file().bytes(), 14), FitDecoder.CUT_SHORT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("damaged")
	void refusesDamagedFilesWithTheReason(String what, byte[] file, String reason) {
		ReadResult result = FitReader.read(file);
		assertThat(result).isInstanceOf(ReadResult.Rejected.class);
		assertThat(((ReadResult.Rejected) result).reason()).contains(reason);
	}

	@ParameterizedTest
	@MethodSource("realRuns")
	void refusesEveryCutOfARealRunWithAReason(RealFile file) {
		byte[] bytes = plain(file);
		int step = Math.max(1, bytes.length / 400);
		for (int length = 0; length < bytes.length; length += step) {
			ReadResult result = ActivityFiles.read(java.util.Arrays.copyOf(bytes, length), 1 << 25);
			assertThat(result).as("cut at %d", length).isInstanceOf(ReadResult.Rejected.class);
			assertThat(((ReadResult.Rejected) result).reason()).matches("[A-Z].*\\.");
		}
	}

	/**
	 * Seeded random damage inside real runs, the checksum then made right again so that the decoder
	 * itself meets the damage: every result is a run or a refusal with a reason, never an exception.
	 */
	@ParameterizedTest
	@MethodSource("realRuns")
	void readsOrRefusesRandomlyDamagedRealRunsWithoutFailing(RealFile file) {
		byte[] original = plain(file);
		java.util.random.RandomGenerator random = new java.util.SplittableRandom(original.length);
		for (int round = 0; round < 300; round++) {
			byte[] bytes = original.clone();
			for (int k = 1 + random.nextInt(4); k > 0; k--) {
				bytes[14 + random.nextInt(bytes.length - 16)] = (byte) random.nextInt(256);
			}
			ReadResult result = FitReader.read(FitBytes.withCrc(bytes));
			switch (result) {
				case ReadResult.Rejected rejected -> assertThat(rejected.reason()).matches("[A-Z].*\\.");
				case ReadResult.Read read -> assertThat(read.recording().elapsedSeconds()).isPositive();
			}
		}
	}

	static Stream<RealFile> realRuns() {
		return fitFiles().filter(RealFile::isRun);
	}

	@ParameterizedTest
	@MethodSource("realRuns")
	void readsEveryRealRunAsTheExpectedReferenceFacts(RealFile file) {
		Recording run = ((ReadResult.Read) FitReader.read(plain(file))).recording();
		assertThat(run.records()).isEqualTo(file.expected().get("records").asInt());
		assertThat(run.sport()).isEqualTo(file.expected().get("sport").asString());
		assertThat(run.distanceMeters()).isEqualTo(file.expected().get("distance_m").asDouble());
		assertThat(run.elapsedSeconds()).isEqualTo(file.expected().get("elapsed_s").asDouble());
	}

}
