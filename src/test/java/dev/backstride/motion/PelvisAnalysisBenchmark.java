package dev.backstride.motion;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline on ten minutes of 100 Hz running (60,000 samples). Samples per second = 60,000 /
 * (ms/op / 1000); the target is 10 million per core, i.e. under 6 ms per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PelvisAnalysisBenchmark {

	private ImuRecording recording;

	@Setup
	public void generate() {
		this.recording = SyntheticRun.aRun(42).runningSeconds(600).rate(100).build().recording();
	}

	@Benchmark
	public MotionOutcome analyseTenMinutesAt100Hz() {
		return PelvisAnalysis.analyse(this.recording);
	}

}
