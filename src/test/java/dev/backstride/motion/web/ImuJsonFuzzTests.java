package dev.backstride.motion.web;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstride.motion.ImuRecording;

/**
 * Coverage-guided fuzzing of the recorder's JSON reader, {@link ImuJson#read}, with any body. Contract:
 * a recording of at most the sample cap, or {@link IllegalArgumentException} with a message (which the
 * API turns into a 400); no other exception, no hang, memory bounded by the cap. Seeds: short synthetic
 * recordings written as the recorder writes them, and a few hand-made bodies.
 */
class ImuJsonFuzzTests {

	private static final int MAX_SAMPLES = 20_000;

	@FuzzTest
	void recorderJson(byte[] body) {
		try {
			ImuRecording recording = ImuJson.read(new ByteArrayInputStream(body), MAX_SAMPLES);
			if (recording.size() > MAX_SAMPLES) {
				throw new AssertionError("more samples than the cap: " + recording.size());
			}
		}
		catch (IllegalArgumentException refused) {
			if (refused.getMessage() == null || refused.getMessage().isBlank()) {
				throw new AssertionError("a refusal without a message", refused);
			}
		}
	}

}
