package dev.backstride.motion;

import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.attitude.AttitudeEstimator;
import dev.backstride.motion.preparation.UniformSamples;

/**
 * A plain Madgwick IMU filter (gradient descent towards the accelerometer's gravity, gain beta), run
 * forward in real time with no bias estimate: the baseline the analysis has to beat. Same quaternion
 * convention as {@link Attitude}: phone to level frame.
 */
final class MadgwickFilter implements AttitudeEstimator {

	private final double beta;

	MadgwickFilter(double beta) {
		this.beta = beta;
	}

	@Override
	public Attitude estimate(UniformSamples s, double[][] level) {
		Attitude out = new Attitude(s.size);
		out.levelFrom(0, s.ax[0], s.ay[0], s.az[0]);
		double q0 = out.w[0], q1 = out.x[0], q2 = out.y[0], q3 = out.z[0];
		double dt = 1 / s.rate;
		for (int i = 1; i < s.size; i++) {
			double gx = s.gx[i], gy = s.gy[i], gz = s.gz[i];
			double d0 = 0.5 * (-q1 * gx - q2 * gy - q3 * gz);
			double d1 = 0.5 * (q0 * gx + q2 * gz - q3 * gy);
			double d2 = 0.5 * (q0 * gy - q1 * gz + q3 * gx);
			double d3 = 0.5 * (q0 * gz + q1 * gy - q2 * gx);
			double norm = Math.sqrt(s.ax[i] * s.ax[i] + s.ay[i] * s.ay[i] + s.az[i] * s.az[i]);
			if (norm > 0) {
				double ax = s.ax[i] / norm, ay = s.ay[i] / norm, az = s.az[i] / norm;
				double f1 = 2 * (q1 * q3 - q0 * q2) - ax;
				double f2 = 2 * (q0 * q1 + q2 * q3) - ay;
				double f3 = 2 * (0.5 - q1 * q1 - q2 * q2) - az;
				double s0 = -2 * q2 * f1 + 2 * q1 * f2;
				double s1 = 2 * q3 * f1 + 2 * q0 * f2 - 4 * q1 * f3;
				double s2 = -2 * q0 * f1 + 2 * q3 * f2 - 4 * q2 * f3;
				double s3 = 2 * q1 * f1 + 2 * q2 * f2;
				double sn = Math.sqrt(s0 * s0 + s1 * s1 + s2 * s2 + s3 * s3);
				if (sn > 0) {
					d0 -= this.beta * s0 / sn;
					d1 -= this.beta * s1 / sn;
					d2 -= this.beta * s2 / sn;
					d3 -= this.beta * s3 / sn;
				}
			}
			q0 += d0 * dt;
			q1 += d1 * dt;
			q2 += d2 * dt;
			q3 += d3 * dt;
			double qn = Math.sqrt(q0 * q0 + q1 * q1 + q2 * q2 + q3 * q3);
			q0 /= qn;
			q1 /= qn;
			q2 /= qn;
			q3 /= qn;
			out.set(i, q0, q1, q2, q3);
		}
		out.toLevel(s.ax, s.ay, s.az, level);
		return out;
	}

}
