package dev.backstride.motion;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import dev.backstride.motion.events.FootContacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Recordings an attacker or a broken exporter sends: every one ends with a report or a reason, never an
 * exception, an endless loop or an allocation out of proportion to the samples sent. The time-out is a
 * guard against a hang (an analysis of these takes milliseconds), not a speed claim.
 */
class HostileRecordingsTests {

	private static final Duration HANG = Duration.ofSeconds(30);

	static IntStream firstSamples() {
		return IntStream.rangeClosed(2, 40);
	}

	@ParameterizedTest(name = "first {0} samples of a run")
	@MethodSource("firstSamples")
	void answersTheFirstFewSamplesOfARunWithAReason(int n) {
		ImuRecording run = SyntheticRun.aRun(71).runningSeconds(30).build().recording();
		assertThat(whyNotMeasured(prefix(run, n))).isNotBlank();
	}

	@ParameterizedTest(name = "rotation rate {0} rad/s")
	@ValueSource(doubles = { 1e300, -1e300, 1e30, 1e6, Double.MAX_VALUE })
	void refusesARotationRateNoPhoneCanMeasure(double rate) {
		ImuRecording r = changed(rec -> Arrays.fill(rec.gz(), rate));
		assertThat(reason(r)).contains("rotation rate").contains("beyond what a phone");
	}

	@ParameterizedTest(name = "acceleration {0} m/s²")
	@ValueSource(doubles = { 1e300, -1e300, 1e20, 5e4 })
	void refusesAnAccelerationNoPhoneCanMeasure(double a) {
		ImuRecording r = changed(rec -> rec.ax()[500] = a);
		assertThat(reason(r)).contains("acceleration").contains("beyond what a phone");
	}

	@ParameterizedTest(name = "one more sample at t = {0} s")
	@ValueSource(doubles = { 1e5, 1e7, 1e8, 1e12, 1e300 })
	void refusesATimeSpanFarBeyondTheSamplesWithoutAllocatingForIt(double last) {
		ImuRecording run = SyntheticRun.aRun(72).runningSeconds(30).build().recording();
		ImuRecording r = appended(run, last);
		assertThat(reason(r)).contains("spans");
	}

	@Test
	void refusesTimeStampsSoLargeThatTheirStepsAreLostInRounding() {
		ImuRecording run = SyntheticRun.aRun(73).runningSeconds(30).build().recording();
		double[] t = run.t().clone();
		for (int i = 0; i < t.length; i++) {
			t[i] += 1e15;
		}
		ImuRecording r = new ImuRecording(t, run.ax(), run.ay(), run.az(), run.gx(), run.gy(), run.gz());
		assertThat(whyNotMeasured(r)).isNotBlank();
	}

	@Test
	void refusesAStillPhoneWithNothingButNoiseOnTheGyroscope() {
		SplittableRandom random = new SplittableRandom(5);
		int n = 6000;
		double[] t = new double[n], ax = new double[n], ay = new double[n], az = new double[n];
		double[] gx = new double[n], gy = new double[n], gz = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = i / 100.0;
			az[i] = 9.81;
			gx[i] = random.nextGaussian() * 1e-3;
			gy[i] = random.nextGaussian() * 1e-3;
			gz[i] = random.nextGaussian() * 1e-3;
		}
		assertThat(whyNotMeasured(new ImuRecording(t, ax, ay, az, gx, gy, gz))).isNotBlank();
	}

	@Test
	void findsFootContactsInASignalOfNotANumberWithoutLooping() {
		int n = 2000;
		double[] vertical = new double[n];
		Arrays.fill(vertical, Double.NaN);
		for (int i = 0; i < n; i += 7) {
			vertical[i] = 30;
		}
		FootContacts contacts = assertTimeoutPreemptively(HANG,
				() -> FootContacts.detect(vertical, n, 100, new double[n]));
		assertThat(contacts.steps()).isZero();
	}

	@Test
	void abandonsAnAnalysisOnceItsTimeIsUp() {
		ImuRecording run = SyntheticRun.aRun(75).runningSeconds(30).build().recording();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> PelvisAnalysis.analyse(run, Duration.ZERO))
			.isInstanceOf(AnalysisTimedOut.class)
			.hasMessageContaining("Nothing was stored");
		assertThat(PelvisAnalysis.analyse(run, Duration.ofMinutes(5))).isInstanceOf(MotionOutcome.Analysed.class);
	}

	static Stream<Long> seeds() {
		return new SplittableRandom(2026).longs(40).boxed();
	}

	/** Random sizes, rates and values, some of them extreme; each gets an outcome. */
	@ParameterizedTest(name = "noise seed {0}")
	@MethodSource("seeds")
	void endsEveryRecordingOfRandomValuesWithAnOutcome(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = random.nextInt(2, 20_000);
		double step = random.nextBoolean() ? 0.01 : random.nextDouble(1e-6, 1);
		double scale = Math.pow(10, random.nextInt(-3, 4));
		double[] t = new double[n];
		double[][] channels = new double[6][n];
		double now = random.nextDouble(-1e4, 1e4);
		for (int i = 0; i < n; i++) {
			now += step * random.nextDouble(0.5, 1.5);
			t[i] = now;
			for (double[] c : channels) {
				c[i] = random.nextGaussian() * scale;
			}
		}
		ImuRecording r = new ImuRecording(t, channels[0], channels[1], channels[2], channels[3], channels[4],
				channels[5]);
		assertTimeoutPreemptively(HANG, () -> PelvisAnalysis.analyse(r));
	}

	/** Refused, or kept with the reason its running could not be measured: either way, a reason. */
	private static String whyNotMeasured(ImuRecording r) {
		MotionOutcome outcome = assertTimeoutPreemptively(HANG, () -> PelvisAnalysis.analyse(r));
		return switch (outcome) {
			case MotionOutcome.Rejected rejected -> rejected.reason();
			case MotionOutcome.Analysed analysed -> analysed.report().notMeasured();
		};
	}

	private static String reason(ImuRecording r) {
		MotionOutcome outcome = assertTimeoutPreemptively(HANG, () -> PelvisAnalysis.analyse(r));
		assertThat(outcome).isInstanceOf(MotionOutcome.Rejected.class);
		return ((MotionOutcome.Rejected) outcome).reason();
	}

	private static ImuRecording prefix(ImuRecording r, int n) {
		return new ImuRecording(Arrays.copyOf(r.t(), n), Arrays.copyOf(r.ax(), n), Arrays.copyOf(r.ay(), n),
				Arrays.copyOf(r.az(), n), Arrays.copyOf(r.gx(), n), Arrays.copyOf(r.gy(), n),
				Arrays.copyOf(r.gz(), n));
	}

	private static ImuRecording appended(ImuRecording r, double t) {
		int n = r.size();
		ImuRecording longer = prefix(r, n + 1);
		longer.t()[n] = t;
		longer.ax()[n] = r.ax()[n - 1];
		longer.ay()[n] = r.ay()[n - 1];
		longer.az()[n] = r.az()[n - 1];
		longer.gx()[n] = r.gx()[n - 1];
		longer.gy()[n] = r.gy()[n - 1];
		longer.gz()[n] = r.gz()[n - 1];
		return longer;
	}

	private static ImuRecording changed(Consumer<ImuRecording> change) {
		ImuRecording r = SyntheticRun.aRun(74).runningSeconds(30).build().recording();
		change.accept(r);
		return r;
	}

}
