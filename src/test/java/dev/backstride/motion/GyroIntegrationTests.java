package dev.backstride.motion;

import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.attitude.GyroIntegration;
import dev.backstride.motion.preparation.RecordingCheck;
import dev.backstride.motion.preparation.UniformSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The gyroscope chain, run as two halves side by side and stitched, against the plain product of the
 * same steps one after another, and against a steady turn worked out in closed form.
 */
class GyroIntegrationTests {

	private static final double RATE = 100;

	@ParameterizedTest(name = "{0} samples")
	@ValueSource(ints = { 1, 2, 3, 4, 17, 33, 1000, 1001 })
	void turnsAtASteadyRateExactlyAsTheClosedFormSays(int n) {
		// 0.8 rad/s about a tilted axis, phone lying flat, bias 0.05 rad/s about x taken off
		double[] axis = { 0.6, 0, 0.8 };
		UniformSamples s = samples(n, i -> new double[] { 0.8 * axis[0] + 0.05, 0.8 * axis[1], 0.8 * axis[2] });
		Attitude q = new Attitude(n);
		GyroIntegration.integrate(s, new double[] { 0.05, 0, 0 }, q);
		for (int i = 0; i < n; i++) {
			double half = 0.8 * (i / RATE) / 2;
			assertThat(q.w[i]).as("w %d", i).isCloseTo(Math.cos(half), within(1e-9));
			assertThat(q.x[i]).as("x %d", i).isCloseTo(axis[0] * Math.sin(half), within(1e-9));
			assertThat(q.y[i]).as("y %d", i).isCloseTo(0, within(1e-9));
			assertThat(q.z[i]).as("z %d", i).isCloseTo(axis[2] * Math.sin(half), within(1e-9));
		}
	}

	@ParameterizedTest(name = "{0} samples")
	@ValueSource(ints = { 5, 64, 999, 6000 })
	void stitchesTheSecondHalfOntoTheFirstWithoutASeam(int n) {
		UniformSamples s = samples(n, i -> new double[] { 1.5 * Math.sin(i * 0.07), 0.9 * Math.cos(i * 0.031),
				0.4 * Math.sin(i * 0.013 + 1) });
		Attitude q = new Attitude(n);
		GyroIntegration.integrate(s, new double[3], q);
		// the same steps multiplied in order, one chain
		double w = 1, x = 0, y = 0, z = 0;
		for (int i = 1; i < n; i++) {
			double vx = (s.gx[i - 1] + s.gx[i]) / (4 * RATE);
			double vy = (s.gy[i - 1] + s.gy[i]) / (4 * RATE);
			double vz = (s.gz[i - 1] + s.gz[i]) / (4 * RATE);
			double angle = Math.sqrt(vx * vx + vy * vy + vz * vz);
			double dw = Math.cos(angle);
			double k = angle == 0 ? 1 : Math.sin(angle) / angle;
			vx *= k;
			vy *= k;
			vz *= k;
			double nw = w * dw - x * vx - y * vy - z * vz;
			double nx = w * vx + x * dw + y * vz - z * vy;
			double ny = w * vy + y * dw + z * vx - x * vz;
			double nz = w * vz + z * dw + x * vy - y * vx;
			w = nw;
			x = nx;
			y = ny;
			z = nz;
			assertThat(q.w[i]).as("w %d", i).isCloseTo(w, within(1e-9));
			assertThat(q.x[i]).as("x %d", i).isCloseTo(x, within(1e-9));
			assertThat(q.y[i]).as("y %d", i).isCloseTo(y, within(1e-9));
			assertThat(q.z[i]).as("z %d", i).isCloseTo(z, within(1e-9));
		}
	}

	/** n uniform samples at 100 Hz, phone lying flat and still, rotation rate from {@code rate}. */
	private static UniformSamples samples(int n, java.util.function.IntFunction<double[]> rate) {
		double[] t = new double[Math.max(2, n)];
		double[] ax = new double[t.length], ay = new double[t.length], az = new double[t.length];
		double[] gx = new double[t.length], gy = new double[t.length], gz = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = i / RATE;
			az[i] = RecordingCheck.STANDARD_GRAVITY;
			double[] g = rate.apply(i);
			gx[i] = g[0];
			gy[i] = g[1];
			gz[i] = g[2];
		}
		UniformSamples s = UniformSamples.of(new ImuRecording(t, ax, ay, az, gx, gy, gz), RATE, 1);
		assertThat(s.size).isEqualTo(t.length);
		return n == 1 ? s.averaged(2) : s;
	}

}
