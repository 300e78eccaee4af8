package dev.backstride.runs.fileimport;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;

/**
 * Coverage-guided fuzzing of Backstride's FIT reader ({@link FitReader#read(byte[])} over
 * {@link FitDecoder}): each input is read as it is, and again with its file checksum made right, so
 * that the fuzzer's changes reach the decoder behind the CRC check. Contract: a run (positive
 * elapsed time, one sample per record) or a refusal whose reason is a sentence; nothing else, no
 * hang. Seeds: small real FIT files from src/test/resources/running.
 */
class FitReaderFuzzTests {

	@FuzzTest
	void fitFile(byte[] bytes) {
		check(FitReader.read(bytes));
		if (bytes.length >= 16) {
			check(FitReader.read(FitBytes.withCrc(bytes.clone())));
		}
	}

	private static void check(ReadResult result) {
		switch (result) {
			case ReadResult.Rejected rejected -> {
				if (!rejected.reason().matches("[A-Z].*\\.")) {
					throw new AssertionError("a refusal that is not a sentence: " + rejected.reason());
				}
			}
			case ReadResult.Read read -> {
				Recording run = read.recording();
				if (!(run.elapsedSeconds() > 0) || run.track().size() != run.records()) {
					throw new AssertionError("a run without time or with samples missing: " + run);
				}
			}
		}
	}

}
