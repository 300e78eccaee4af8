package dev.backstride.motion;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline, from raw samples to the report, on 100 Hz running with 10% time-stamp jitter.
 * Samples per second = samples / (ms/op / 1000). The target is 10 million per core: ten minutes
 * (60,000 samples) under 6 ms, an hour (360,000) under 36 ms.
 * <p>
 * {@code changingLength} analyses recordings of 9, 10 and 11 minutes in turn, as a server meets them, to
 * show that the pooled arrays serve any length and allocation stays per stride, not per sample.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class PelvisAnalysisBenchmark {

	@State(Scope.Benchmark)
	public static class Fixed {

		@Param({ "600", "3600" })
		public int seconds;

		ImuRecording recording;

		@Setup
		public void generate() {
			this.recording = SyntheticRun.aRun(42).runningSeconds(this.seconds).rate(100).build().recording();
		}

	}

	@State(Scope.Benchmark)
	public static class Changing {

		ImuRecording[] recordings;

		int next;

		@Setup
		public void generate() {
			this.recordings = new ImuRecording[] {
					SyntheticRun.aRun(43).runningSeconds(540).rate(100).build().recording(),
					SyntheticRun.aRun(44).runningSeconds(600).rate(100).build().recording(),
					SyntheticRun.aRun(45).runningSeconds(660).rate(100).build().recording() };
		}

	}

	@Benchmark
	public MotionOutcome analyse(Fixed fixed) {
		return PelvisAnalysis.analyse(fixed.recording);
	}

	/** 180,000 samples every three ops, so the same samples per op on average as ten minutes. */
	@Benchmark
	public MotionOutcome changingLength(Changing changing) {
		ImuRecording r = changing.recordings[changing.next];
		changing.next = (changing.next + 1) % changing.recordings.length;
		return PelvisAnalysis.analyse(r);
	}

}
