package dev.backstride.motion.csv;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstride.motion.RecordingInvariants;

/**
 * Coverage-guided fuzzing of {@link ImuFiles#read} with the raw bytes of an upload, zip or CSV as the
 * server receives them. Contract: a recording that keeps {@link RecordingInvariants}, or an
 * {@link ImuReadResult.Unreadable} with a reason; never an exception, never a hang (the fuzz runs'
 * per-input timeout), and memory bounded by the sample cap (the fuzz runs have a small heap). Seeds: the real exports in
 * {@code src/test/resources/motion}, copied to {@code ImuUploadFuzzTestsInputs/anyUpload}.
 */
class ImuUploadFuzzTests {

	/** Small, so that a reader that ignored the cap would show it fast. */
	static final long MAX_SAMPLES = 20_000;

	@FuzzTest
	void anyUpload(byte[] upload) {
		ImuReadResult result = ImuFiles.read("upload.zip", new ByteArrayInputStream(upload), MAX_SAMPLES);
		switch (result) {
			case ImuReadResult.Read read -> {
				RecordingInvariants.check(read.recording());
				if (read.recording().size() > MAX_SAMPLES) {
					throw new AssertionError("more samples than the cap: " + read.recording().size());
				}
			}
			case ImuReadResult.Unreadable unreadable -> {
				if (unreadable.reason().isBlank()) {
					throw new AssertionError("a refusal without a reason");
				}
			}
		}
	}

}
