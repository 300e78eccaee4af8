package dev.backstride.motion;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy against {@link SyntheticRun} ground truth over 50 seeded recordings: random runners,
 * cadences 150–200, random phone mountings, gyroscope bias up to 0.03 rad/s, sample rates 60–400 Hz
 * with jitter. Errors are per stride, against the true excursion of that runner. The same recordings
 * go through a plain Madgwick filter with the same alignment and strides, which must do worse.
 */
class PelvisAnalysisAccuracyTests {

	private static final int RECORDINGS = 50;

	private static final double[] RATES = { 60, 100, 100, 200, 400 };

	private static Errors engine;

	private static Errors madgwick;

	@BeforeAll
	static void analyseAll() {
		engine = new Errors();
		madgwick = new Errors();
		for (long seed = 1; seed <= RECORDINGS; seed++) {
			SyntheticRun.Result run = SyntheticRun.aRun(seed).rate(RATES[(int) (seed % RATES.length)]).build();
			engine.add(new PelvisAnalysis().run(run.recording()), run.truth());
			madgwick.add(new PelvisAnalysis(new MadgwickFilter(0.1)).run(run.recording()), run.truth());
		}
		System.out.println("Mean absolute error per stride over " + RECORDINGS + " recordings, degrees");
		System.out.println("            tilt   obliq  rot    Ldrop  Rdrop  cadence(spm, recording mean)");
		System.out.println("engine    " + engine);
		System.out.println("madgwick  " + madgwick);
	}

	@Test
	void followsTheBendsOfATrack() {
		Errors track = new Errors();
		for (long seed = 101; seed <= 110; seed++) {
			// three minutes: about two laps with four bends each at these speeds
			SyntheticRun.Result run = SyntheticRun.aRun(seed).onATrack().runningSeconds(180).build();
			track.add(new PelvisAnalysis().run(run.recording()), run.truth());
		}
		System.out.println("track     " + track);
		assertThat(track.analysed).isEqualTo(10);
		assertThat(track.tilt.mean()).isLessThanOrEqualTo(1.0);
		assertThat(track.obliquity.mean()).isLessThanOrEqualTo(1.0);
		assertThat(track.rotation.mean()).isLessThanOrEqualTo(1.0);
		assertThat(track.leftDrop.mean()).isLessThanOrEqualTo(1.0);
		assertThat(track.rightDrop.mean()).isLessThanOrEqualTo(1.0);
		assertThat(track.worstCadence).isLessThanOrEqualTo(1.0);
		assertThat(track.swapped).isZero();
	}

	@Test
	void copesWithAPhoneThatSlipsInTheWaistband() {
		Errors slipped = new Errors();
		for (long seed = 201; seed <= 210; seed++) {
			SyntheticRun.Result run = SyntheticRun.aRun(seed).runningSeconds(120).slip(60, 15).build();
			slipped.add(new PelvisAnalysis().run(run.recording()), run.truth());
		}
		System.out.println("slip 15°  " + slipped);
		assertThat(slipped.analysed).isEqualTo(10);
		assertThat(slipped.tilt.mean()).isLessThanOrEqualTo(1.0);
		assertThat(slipped.obliquity.mean()).isLessThanOrEqualTo(1.0);
		assertThat(slipped.rotation.mean()).isLessThanOrEqualTo(1.0);
		assertThat(slipped.leftDrop.mean()).isLessThanOrEqualTo(1.0);
		assertThat(slipped.rightDrop.mean()).isLessThanOrEqualTo(1.0);
		assertThat(slipped.swapped).isZero();
	}

	@Test
	void analysesEveryRecording() {
		assertThat(engine.analysed).isEqualTo(RECORDINGS);
	}

	@Test
	void measuresEachExcursionWithinOneDegree() {
		assertThat(engine.tilt.mean()).isLessThanOrEqualTo(1.0);
		assertThat(engine.obliquity.mean()).isLessThanOrEqualTo(1.0);
		assertThat(engine.rotation.mean()).isLessThanOrEqualTo(1.0);
		assertThat(engine.leftDrop.mean()).isLessThanOrEqualTo(1.0);
		assertThat(engine.rightDrop.mean()).isLessThanOrEqualTo(1.0);
	}

	@Test
	void measuresCadenceWithinOneStepPerMinute() {
		assertThat(engine.worstCadence).isLessThanOrEqualTo(1.0);
	}

	@Test
	void tellsLeftFromRight() {
		assertThat(engine.swapped).isZero();
	}

	@Test
	void beatsThePlainMadgwickFilterOnEveryExcursion() {
		assertThat(engine.tilt.mean()).isLessThan(madgwick.tilt.mean());
		assertThat(engine.obliquity.mean()).isLessThan(madgwick.obliquity.mean());
		assertThat(engine.rotation.mean()).isLessThan(madgwick.rotation.mean());
		assertThat(engine.leftDrop.mean()).isLessThan(madgwick.leftDrop.mean());
		assertThat(engine.rightDrop.mean()).isLessThan(madgwick.rightDrop.mean());
	}

	/** Running means of absolute errors. */
	private static final class Errors {

		final Mean tilt = new Mean(), obliquity = new Mean(), rotation = new Mean(), leftDrop = new Mean(),
				rightDrop = new Mean(), cadence = new Mean();

		int analysed;

		int swapped;

		double worstCadence;

		void add(MotionOutcome outcome, SyntheticRun.Truth truth) {
			if (!(outcome instanceof MotionOutcome.Analysed(MotionReport report))) {
				return;
			}
			this.analysed++;
			for (StrideMetrics s : report.strides()) {
				this.tilt.add(Math.abs(s.tiltDegrees() - truth.tilt()));
				this.obliquity.add(Math.abs(s.obliquityDegrees() - truth.obliquity()));
				this.rotation.add(Math.abs(s.rotationDegrees() - truth.rotation()));
				this.leftDrop.add(Math.abs(s.leftDropDegrees() - truth.leftDrop()));
				this.rightDrop.add(Math.abs(s.rightDropDegrees() - truth.rightDrop()));
			}
			double cadenceError = Math.abs(report.cadence().mean() - truth.cadence());
			this.cadence.add(cadenceError);
			this.worstCadence = Math.max(this.worstCadence, cadenceError);
			double asMeasured = Math.abs(report.obliquity().leftDrop().mean() - truth.leftDrop())
					+ Math.abs(report.obliquity().rightDrop().mean() - truth.rightDrop());
			double ifSwapped = Math.abs(report.obliquity().leftDrop().mean() - truth.rightDrop())
					+ Math.abs(report.obliquity().rightDrop().mean() - truth.leftDrop());
			// drops within 0.2° of each other cannot tell a swap from measurement error of a few hundredths
			if (Math.abs(truth.leftDrop() - truth.rightDrop()) > 0.2 && ifSwapped < asMeasured) {
				this.swapped++;
			}
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f %6.3f %6.3f %6.3f  (%d analysed, %d swapped)",
					this.tilt.mean(), this.obliquity.mean(), this.rotation.mean(), this.leftDrop.mean(),
					this.rightDrop.mean(), this.cadence.mean(), this.analysed, this.swapped);
		}

	}

	private static final class Mean {

		private double sum;

		private long count;

		void add(double v) {
			this.sum += v;
			this.count++;
		}

		double mean() {
			return this.count == 0 ? Double.NaN : this.sum / this.count;
		}

	}

}
