package dev.backstride.motion;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the pelvis engine, {@link PelvisAnalysis#analyse}, on recordings built
 * from the fuzzer's bytes. Contract: {@link MotionOutcome.Analysed} or {@link MotionOutcome.Rejected}
 * with a reason; no exception, no hang (the fuzz runs' per-input timeout), memory bounded (the fuzz
 * runs have a small heap).
 * <p>
 * Input layout: records of seven little-endian 32-bit floats, {@code dt ax ay az gx gy gz}; the first
 * sample is at t = 0 and each next one {@code dt} later, so one mutated byte makes a gap, a repeat or a
 * step back rather than shuffling the whole time line. A partial record at the end is ignored. Seeds:
 * synthetic runs from {@link SyntheticRun} written in this layout ({@link #encode}).
 */
class PelvisEngineFuzzTests {

	static final int RECORD_BYTES = 7 * Float.BYTES;

	@FuzzTest
	void pelvisEngine(byte[] input) {
		MotionOutcome outcome = PelvisAnalysis.analyse(decode(input));
		switch (outcome) {
			case MotionOutcome.Analysed analysed -> {
				if (analysed.report() == null) {
					throw new AssertionError("a report that is null");
				}
			}
			case MotionOutcome.Rejected rejected -> {
				if (rejected.reason().isBlank()) {
					throw new AssertionError("a rejection without a reason");
				}
			}
		}
	}

	static ImuRecording decode(byte[] input) {
		int n = input.length / RECORD_BYTES;
		ByteBuffer b = ByteBuffer.wrap(input).order(ByteOrder.LITTLE_ENDIAN);
		double[] t = new double[n];
		double[] ax = new double[n];
		double[] ay = new double[n];
		double[] az = new double[n];
		double[] gx = new double[n];
		double[] gy = new double[n];
		double[] gz = new double[n];
		double time = 0;
		for (int i = 0; i < n; i++) {
			float dt = b.getFloat();
			time = (i == 0) ? 0 : time + dt;
			t[i] = time;
			ax[i] = b.getFloat();
			ay[i] = b.getFloat();
			az[i] = b.getFloat();
			gx[i] = b.getFloat();
			gy[i] = b.getFloat();
			gz[i] = b.getFloat();
		}
		return new ImuRecording(t, ax, ay, az, gx, gy, gz);
	}

	/** The inverse of {@link #decode}, for writing seeds. */
	static byte[] encode(ImuRecording r) {
		ByteBuffer b = ByteBuffer.allocate(r.size() * RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < r.size(); i++) {
			b.putFloat(i == 0 ? 0f : (float) (r.t()[i] - r.t()[i - 1]));
			b.putFloat((float) r.ax()[i]).putFloat((float) r.ay()[i]).putFloat((float) r.az()[i]);
			b.putFloat((float) r.gx()[i]).putFloat((float) r.gy()[i]).putFloat((float) r.gz()[i]);
		}
		return b.array();
	}

}
