package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rejections, warnings, exclusions and phone mountings, on synthetic runs. */
class PelvisAnalysisTests {

	@Test
	void givesTheSameReportsWhenManyAnalysesShareThePooledArraysAtOnce() throws Exception {
		// lengths and rates differ, so pooled arrays are reused longer than asked for and grown
		ImuRecording[] recordings = { SyntheticRun.aRun(61).runningSeconds(60).build().recording(),
				SyntheticRun.aRun(62).runningSeconds(35).rate(200).build().recording(),
				SyntheticRun.aRun(63).runningSeconds(80).rate(60).standingFirst(5).build().recording(),
				SyntheticRun.aRun(64).runningSeconds(30).rate(400).build().recording() };
		MotionOutcome[] alone = new MotionOutcome[recordings.length];
		for (int k = 0; k < recordings.length; k++) {
			alone[k] = PelvisAnalysis.analyse(recordings[k]);
			assertThat(alone[k]).isInstanceOf(MotionOutcome.Analysed.class);
		}
		// daemon threads, given up on after a minute: arrays shared by mistake could send an analysis round in circles
		ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory());
		try {
			List<Future<MotionOutcome>> results = new ArrayList<>();
			for (int round = 0; round < 6; round++) {
				for (ImuRecording recording : recordings) {
					results.add(pool.submit(() -> PelvisAnalysis.analyse(recording)));
				}
			}
			for (int k = 0; k < results.size(); k++) {
				MotionReport expected = ((MotionOutcome.Analysed) alone[k % recordings.length]).report();
				MotionOutcome outcome = results.get(k).get(1, TimeUnit.MINUTES);
				assertThat(outcome).isInstanceOf(MotionOutcome.Analysed.class);
				MotionReport actual = ((MotionOutcome.Analysed) outcome).report();
				assertThat(actual.strides()).isEqualTo(expected.strides());
				assertThat(actual.curves().tilt().mean()).containsExactly(expected.curves().tilt().mean());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void keepsRecordingsWithFewerThanTwentyStridesUnmeasuredWithTheReason() {
		MotionReport report = report(SyntheticRun.aRun(1).runningSeconds(10).build().recording());
		assertThat(report.measured()).isFalse();
		assertThat(report.strides()).isEmpty();
		assertThat(report.notMeasured()).startsWith("The running is too short to measure: only 1")
			.endsWith("at least 20 are needed.");
	}

	@Test
	void keepsARecordingShorterThanFourWalkingStepsUnmeasured() {
		MotionReport report = report(SyntheticRun.aRun(1).runningSeconds(2).build().recording());
		assertThat(report.notMeasured()).startsWith("The recording is too short to measure: it lasts ")
			.endsWith("and at least 5 s are needed.");
	}

	@Test
	void rejectsRecordingsWithoutGyroscopeSignal() {
		ImuRecording r = run();
		java.util.Arrays.fill(r.gx(), 0);
		java.util.Arrays.fill(r.gy(), 0);
		java.util.Arrays.fill(r.gz(), 0);
		assertThat(reason(r)).startsWith("no gyroscope signal");
	}

	@Test
	void rejectsRecordingsWithNotANumber() {
		assertThat(reason(changed(r -> r.ax()[100] = Double.NaN))).isEqualTo("ax is not a number (NaN) at sample 100");
	}

	@Test
	void rejectsRecordingsWithInfiniteValues() {
		assertThat(reason(changed(r -> r.gz()[7] = Double.POSITIVE_INFINITY)))
			.isEqualTo("gz is not a number (Infinity) at sample 7");
	}

	@Test
	void rejectsRecordingsWithUnsortedTimestamps() {
		ImuRecording r = changed(rec -> {
			double t = rec.t()[200];
			rec.t()[200] = rec.t()[201];
			rec.t()[201] = t;
		});
		assertThat(reason(r)).startsWith("time stamps out of order at sample 201");
	}

	@Test
	void rejectsRecordingsWithDuplicateTimestamps() {
		assertThat(reason(changed(r -> r.t()[300] = r.t()[299]))).startsWith("duplicate time stamp")
			.endsWith("at samples 299 and 300");
	}

	@Test
	void rejectsSampleRatesBelowFiftyHertz() {
		assertThat(reason(SyntheticRun.aRun(2).rate(40).build().recording()))
			.isEqualTo("sample rate 40 Hz is below the 50 Hz needed");
	}

	@Test
	void convertsAccelerationGivenInGAndSaysSo() {
		SyntheticRun.Result run = SyntheticRun.aRun(3).accelerationInG().build();
		MotionReport report = report(run.recording());
		assertThat(report.warnings()).anyMatch(w -> w.startsWith("The acceleration was recorded in g"));
		assertThat(report.tilt().mean()).isCloseTo(run.truth().tilt(), within(0.5));
		assertThat(report.cadence().mean()).isCloseTo(run.truth().cadence(), within(1.0));
	}

	@Test
	void warnsAboutALowSampleRate() {
		MotionReport report = report(SyntheticRun.aRun(4).rate(60).build().recording());
		assertThat(report.warnings()).anyMatch(w -> w.startsWith("The phone recorded 60 samples a second"));
	}

	@Test
	void warnsAboutGapsAndLeavesOutTheStridesAcrossThem() {
		MotionReport report = report(SyntheticRun.aRun(5).runningSeconds(50).gap(20, 0.6).build().recording());
		assertThat(report.warnings()).anyMatch(w -> w.startsWith("The data has 1 gap, "));
		assertThat(report.excluded()).anyMatch(e -> e.reason().startsWith("gap in the data")
				&& e.startSeconds() < 20.6 && e.endSeconds() > 20);
		assertThat(report.strides()).noneMatch(s -> s.startSeconds() > 16.9 && s.startSeconds() < 23.6);
	}

	@Test
	void leavesOutStandingAndWalkingWithTheReason() {
		SyntheticRun.Result run = SyntheticRun.aRun(6)
			.standingFirst(20)
			.walkingFirst(15)
			.walkingAfter(12)
			.standingAfter(30)
			.build();
		MotionReport report = report(run.recording());
		assertThat(report.excluded()).extracting(ExcludedSegment::reason)
			.containsExactly("20 s standing", "walking 15 s: cadence under 130 or no flight phase",
					"walking 12 s: cadence under 130 or no flight phase", "30 s standing");
		assertThat(report.strides()).allMatch(s -> s.startSeconds() > 34.5 && s.startSeconds() < 75);
		assertThat(report.tilt().mean()).isCloseTo(run.truth().tilt(), within(0.5));
	}

	@Test
	void keepsARecordingOfStandingOnlyUnmeasuredWithTheReason() {
		SyntheticRun.Result run = SyntheticRun.aRun(7).standingFirst(60).runningSeconds(3).build();
		MotionReport report = report(run.recording());
		assertThat(report.notMeasured()).startsWith("The running is too short to measure: only 4 running strides");
		assertThat(report.excluded()).extracting(ExcludedSegment::reason).contains("60 s standing");
	}

	static Object[][] mountings() {
		return new Object[][] { { "screen in", SyntheticRun.screenIn() }, { "screen out", SyntheticRun.screenOut() },
				{ "upside down", SyntheticRun.upsideDown() }, { "tilted", SyntheticRun.tilted() },
				{ "landscape", SyntheticRun.landscape() } };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mountings")
	void measuresThePelvisWhicheverWayThePhoneIsWorn(String name, double[] mount) {
		SyntheticRun.Result run = SyntheticRun.aRun(name.hashCode()).mount(mount).drops(6, 3).build();
		MotionReport report = report(run.recording());
		SyntheticRun.Truth truth = run.truth();
		assertThat(report.tilt().mean()).isCloseTo(truth.tilt(), within(0.5));
		assertThat(report.obliquity().excursion().mean()).isCloseTo(truth.obliquity(), within(0.5));
		assertThat(report.rotation().mean()).isCloseTo(truth.rotation(), within(0.5));
		assertThat(report.obliquity().leftDrop().mean()).isCloseTo(truth.leftDrop(), within(0.5));
		assertThat(report.obliquity().rightDrop().mean()).isCloseTo(truth.rightDrop(), within(0.5));
		assertThat(report.asymmetry().dropFlagged()).isTrue();
	}

	@Test
	void drawsGaitCurvesThatFollowTheTrueAngles() {
		SyntheticRun runner = SyntheticRun.aRun(8);
		MotionReport report = report(runner.build().recording());
		double[] obliquity = report.curves().obliquity().mean();
		// left stance is the first half: the right side is down (positive) there, up in the second half
		assertThat(obliquity[25]).isGreaterThan(obliquity[75] + 4);
		assertThat(report.curves().tilt().sd()[50]).isLessThan(0.5);
	}

	private static ImuRecording run() {
		return SyntheticRun.aRun(11).build().recording();
	}

	private static ImuRecording changed(Consumer<ImuRecording> change) {
		ImuRecording r = run();
		change.accept(r);
		return r;
	}

	private static String reason(ImuRecording r) {
		MotionOutcome outcome = PelvisAnalysis.analyse(r);
		assertThat(outcome).isInstanceOf(MotionOutcome.Rejected.class);
		return ((MotionOutcome.Rejected) outcome).reason();
	}

	private static MotionReport report(ImuRecording r) {
		MotionOutcome outcome = PelvisAnalysis.analyse(r);
		assertThat(outcome).isInstanceOf(MotionOutcome.Analysed.class);
		return ((MotionOutcome.Analysed) outcome).report();
	}

}
