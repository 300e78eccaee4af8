package dev.backstride.motion;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import dev.backstride.motion.preparation.RecordingCheck;
import dev.backstride.motion.preparation.UniformSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Resampling: interpolation at ordinary rates, averaging against aliasing above 200 Hz, gaps. */
class UniformSamplesTests {

	@Test
	void interpolatesJitteredSamplesOfALineExactly() {
		ImuRecording r = recording(100, 0.2, 5, t -> 3 + 2 * t);
		UniformSamples s = UniformSamples.of(r, 100, 1);
		assertThat(s.rate).isEqualTo(100);
		for (int i = 0; i < s.size; i++) {
			assertThat(s.gx[i]).isCloseTo(3 + 2 * s.seconds(i), within(1e-9));
			assertThat(s.gap[i]).isFalse();
		}
	}

	@ParameterizedTest(name = "{0} Hz at {1} Hz in")
	@CsvSource({ "5, 400, 0.98, 1.0", "170, 400, 0, 0.25", "230, 800, 0, 0.25", "3, 1000, 0.98, 1.0" })
	void keepsSlowMotionAndDampsVibrationThatWouldFoldBackWhenDownsampling(double hertz, double inputRate,
			double minimumGain, double maximumGain) {
		ImuRecording r = recording(inputRate, 0.05, 4, t -> Math.sin(2 * Math.PI * hertz * t));
		UniformSamples s = UniformSamples.of(r, inputRate, 1);
		assertThat(s.rate).isEqualTo(200);
		// amplitude from the root mean square, away from the ends
		double squares = 0;
		int count = 0;
		for (int i = 50; i < s.size - 50; i++) {
			squares += s.gx[i] * s.gx[i];
			count++;
		}
		double gain = Math.sqrt(2 * squares / count);
		assertThat(gain).isBetween(minimumGain, maximumGain);
	}

	@Test
	void plainInterpolationWouldHaveFoldedTheVibrationBack() {
		// the same 170 Hz vibration sampled at 190 Hz is below the averaging threshold and comes through
		ImuRecording r = recording(190, 0, 4, t -> Math.sin(2 * Math.PI * 170 * t));
		UniformSamples s = UniformSamples.of(r, 190, 1);
		double squares = 0;
		for (int i = 0; i < s.size; i++) {
			squares += s.gx[i] * s.gx[i];
		}
		assertThat(Math.sqrt(2 * squares / s.size)).isGreaterThan(0.5);
	}

	@Test
	void marksSamplesAroundAGapAndConvertsGravityUnits() {
		double[] t = new double[1000];
		for (int i = 0; i < t.length; i++) {
			t[i] = i / 100.0 + (i >= 500 ? 1 : 0);
		}
		double[] ones = new double[t.length];
		java.util.Arrays.fill(ones, 1);
		ImuRecording r = new ImuRecording(t, ones, ones.clone(), ones.clone(), ones.clone(), ones.clone(),
				ones.clone());
		UniformSamples s = UniformSamples.of(r, 100, RecordingCheck.STANDARD_GRAVITY);
		int gapStart = (int) Math.round(4.99 * 100);
		assertThat(s.gap[gapStart + 50]).isTrue();
		assertThat(s.gap[gapStart - 250]).isTrue();
		assertThat(s.gap[gapStart - 350]).isFalse();
		assertThat(s.ax[0]).isCloseTo(RecordingCheck.STANDARD_GRAVITY, within(1e-12));
		assertThat(s.gx[0]).isEqualTo(1);
	}

	/** {@code seconds} of samples at {@code rate} with jitter, f(t) on gx and zeros elsewhere. */
	private static ImuRecording recording(double rate, double jitter, double seconds, DoubleUnaryOperator f) {
		Random random = new Random(7);
		int n = (int) (seconds * rate);
		double[] t = new double[n];
		double[] g = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = (i + jitter * (random.nextDouble() - 0.5)) / rate;
			g[i] = f.applyAsDouble(t[i]);
		}
		double[] zeros = new double[n];
		return new ImuRecording(t, zeros, zeros.clone(), zeros.clone(), g, zeros.clone(), zeros.clone());
	}

}
