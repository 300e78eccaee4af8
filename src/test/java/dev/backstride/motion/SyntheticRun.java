package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds recordings from known pelvic kinematics, so the analysis can be checked against the truth.
 * <p>
 * The pelvis follows stride-periodic angles (stride phase 0 = left contact, 0.5 = right contact):
 * rotation once per stride, tilt twice per stride, obliquity rising by the left drop during left stance
 * and falling by the right drop during right stance. The runner's acceleration has a loading peak and
 * a flight phase per step, braking then push-off, and sideways sway. The phone sits on the pelvis in any
 * mounting; its accelerometer reads Rᵀ(a + g) and its gyroscope the body-frame rate of the very same
 * orientation (central difference of R), plus noise and a constant bias.
 */
final class SyntheticRun {

	static final double G = 9.80665;

	private static final double DEG = Math.PI / 180;

	private enum Kind {

		STANDING(0, 0), WALKING(110, 0.4), RUNNING(0, 1);

		final double cadence;

		final double amplitude;

		Kind(double cadence, double amplitude) {
			this.cadence = cadence;
			this.amplitude = amplitude;
		}

	}

	private record Segment(Kind kind, double seconds) {
	}

	/** Mean excursions over a stride of the running part, degrees, and its cadence. */
	record Truth(double tilt, double obliquity, double rotation, double leftDrop, double rightDrop,
			double cadence) {
	}

	record Result(ImuRecording recording, Truth truth) {
	}

	private final SplittableRandom random;

	private double rate = 100;

	private double jitter = 0.1;

	private double cadence;

	private double speed;

	private double tiltExcursion, rotationExcursion, leftDrop, rightDrop, meanTilt;

	private double tiltPhase, tiltPhase2, rotationPhase;

	private double[] mount;

	private double[] gyroBias;

	private double accelerationNoise = 0.3, gyroNoise = 0.01;

	private boolean inG;

	private final List<Segment> before = new ArrayList<>();

	private final List<Segment> after = new ArrayList<>();

	private double runSeconds = 40;

	private double gapAt = -1, gapSeconds;

	private boolean track;

	private double slipAt = -1, slipDegrees;

	/** A standard 400 m track: two 84.39 m straights and two bends of 36.5 m radius, run anticlockwise. */
	private static final double STRAIGHT = 84.39, BEND_RADIUS = 36.5;

	private SyntheticRun(long seed) {
		this.random = new SplittableRandom(seed);
		this.cadence = uniform(150, 200);
		this.speed = uniform(2.5, 5);
		this.tiltExcursion = uniform(4, 9);
		this.rotationExcursion = uniform(8, 12) + 1.2 * (this.speed - 2.5);
		this.leftDrop = uniform(2.5, 6);
		this.rightDrop = uniform(2.5, 6);
		this.meanTilt = uniform(-5, 15);
		this.tiltPhase = uniform(0, 2 * Math.PI);
		this.tiltPhase2 = uniform(0, 2 * Math.PI);
		this.rotationPhase = uniform(0, 2 * Math.PI);
		this.mount = anyMount();
		this.gyroBias = new double[] { uniform(-0.03, 0.03), uniform(-0.03, 0.03), uniform(-0.03, 0.03) };
	}

	/** A runner with realistic random kinematics and a random phone mounting. */
	static SyntheticRun aRun(long seed) {
		return new SyntheticRun(seed);
	}

	SyntheticRun rate(double hertz) {
		this.rate = hertz;
		return this;
	}

	SyntheticRun jitter(double fraction) {
		this.jitter = fraction;
		return this;
	}

	SyntheticRun cadence(double stepsPerMinute) {
		this.cadence = stepsPerMinute;
		return this;
	}

	SyntheticRun drops(double left, double right) {
		this.leftDrop = left;
		this.rightDrop = right;
		return this;
	}

	SyntheticRun mount(double[] phoneAxesInPelvis) {
		this.mount = phoneAxesInPelvis;
		return this;
	}

	SyntheticRun gyroBias(double x, double y, double z) {
		this.gyroBias = new double[] { x, y, z };
		return this;
	}

	SyntheticRun runningSeconds(double seconds) {
		this.runSeconds = seconds;
		return this;
	}

	SyntheticRun standingFirst(double seconds) {
		this.before.add(new Segment(Kind.STANDING, seconds));
		return this;
	}

	SyntheticRun walkingFirst(double seconds) {
		this.before.add(new Segment(Kind.WALKING, seconds));
		return this;
	}

	SyntheticRun walkingAfter(double seconds) {
		this.after.add(new Segment(Kind.WALKING, seconds));
		return this;
	}

	SyntheticRun standingAfter(double seconds) {
		this.after.add(new Segment(Kind.STANDING, seconds));
		return this;
	}

	/**
	 * Laps of a 400 m track instead of a straight road: in the bends the runner turns left at speed /
	 * radius and feels the centripetal acceleration, speed² / radius, towards the inside.
	 */
	SyntheticRun onATrack() {
		this.track = true;
		return this;
	}

	/**
	 * The phone slips in the waistband: from {@code atSeconds}, over one second, it turns by
	 * {@code degrees} about the pelvis' left–right axis (leaning further back) and half that about its
	 * forward axis, and stays so.
	 */
	SyntheticRun slip(double atSeconds, double degrees) {
		this.slipAt = atSeconds;
		this.slipDegrees = degrees;
		return this;
	}

	SyntheticRun accelerationInG() {
		this.inG = true;
		return this;
	}

	SyntheticRun gap(double atSeconds, double seconds) {
		this.gapAt = atSeconds;
		this.gapSeconds = seconds;
		return this;
	}

	Result build() {
		return new Motion(this).record();
	}

	Truth truth() {
		int points = 20000;
		double minT = 1e9, maxT = -1e9, minO = 1e9, maxO = -1e9, minR = 1e9, maxR = -1e9, sumO = 0;
		double maxLeft = -1e9, minRight = 1e9;
		for (int i = 0; i < points; i++) {
			double phase = (double) i / points;
			double t = tilt(phase), o = obliquity(phase), r = rotation(phase);
			minT = Math.min(minT, t);
			maxT = Math.max(maxT, t);
			minO = Math.min(minO, o);
			maxO = Math.max(maxO, o);
			minR = Math.min(minR, r);
			maxR = Math.max(maxR, r);
			sumO += o;
			if (phase < 0.5) {
				maxLeft = Math.max(maxLeft, o);
			}
			else {
				minRight = Math.min(minRight, o);
			}
		}
		double mean = sumO / points;
		return new Truth(maxT - minT, maxO - minO, maxR - minR, maxLeft - mean, mean - minRight, this.cadence);
	}

	/** Degrees at stride phase 0..1; twice per stride with a little stride-to-stride difference. */
	double tilt(double phase) {
		return this.tiltExcursion / 2 * (Math.sin(4 * Math.PI * phase + this.tiltPhase)
				+ 0.15 * Math.sin(2 * Math.PI * phase + this.tiltPhase2));
	}

	/** Degrees; positive is right side lower: up by the left drop in left stance, down in right stance. */
	double obliquity(double phase) {
		double s = Math.sin(2 * Math.PI * phase);
		return phase % 1 < 0.5 ? this.leftDrop * s * s : -this.rightDrop * s * s;
	}

	double rotation(double phase) {
		return this.rotationExcursion / 2 * Math.sin(2 * Math.PI * phase + this.rotationPhase);
	}

	private double uniform(double from, double to) {
		return from + (to - from) * this.random.nextDouble();
	}

	private double[] anyMount() {
		double w = this.random.nextGaussian(), x = this.random.nextGaussian(), y = this.random.nextGaussian(),
				z = this.random.nextGaussian();
		double n = Math.sqrt(w * w + x * x + y * y + z * z);
		w /= n;
		x /= n;
		y /= n;
		z /= n;
		return new double[] { 1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
				2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x), 2 * (x * z - w * y),
				2 * (y * z + w * x), 1 - 2 * (x * x + y * y) };
	}

	/** Screen towards the body (phone z forward), portrait, top up. */
	static double[] screenIn() {
		return Rotations.columns(new double[] { 0, 1, 0 }, new double[] { 0, 0, 1 }, new double[] { 1, 0, 0 });
	}

	/** Screen away from the body (phone z backward), portrait, top up. */
	static double[] screenOut() {
		return Rotations.columns(new double[] { 0, -1, 0 }, new double[] { 0, 0, 1 }, new double[] { -1, 0, 0 });
	}

	/** Screen out, top of the phone pointing down. */
	static double[] upsideDown() {
		return Rotations.columns(new double[] { 0, 1, 0 }, new double[] { 0, 0, -1 }, new double[] { -1, 0, 0 });
	}

	/** Screen out, leaning 30° back in the belt and 20° to one side. */
	static double[] tilted() {
		return Rotations.times(Rotations.times(Rotations.aboutY(30 * DEG), Rotations.aboutX(20 * DEG)),
				screenOut());
	}

	/** Screen out, landscape: the phone's x axis up. */
	static double[] landscape() {
		return Rotations.columns(new double[] { 0, 0, 1 }, new double[] { 0, 1, 0 }, new double[] { -1, 0, 0 });
	}

	/** Samples the motion; kept apart from the parameters above. */
	private static final class Motion {

		private final SyntheticRun run;

		private final List<Segment> segments = new ArrayList<>();

		private final double[] starts;

		private final double[] phases;

		Motion(SyntheticRun run) {
			this.run = run;
			this.segments.addAll(run.before);
			this.segments.add(new Segment(Kind.RUNNING, run.runSeconds));
			this.segments.addAll(run.after);
			this.starts = new double[this.segments.size() + 1];
			this.phases = new double[this.segments.size() + 1];
			for (int k = 0; k < this.segments.size(); k++) {
				Segment s = this.segments.get(k);
				this.starts[k + 1] = this.starts[k] + s.seconds();
				this.phases[k + 1] = this.phases[k] + s.seconds() * cadence(s.kind()) / 120;
			}
		}

		private double cadence(Kind kind) {
			return kind == Kind.RUNNING ? this.run.cadence : kind.cadence;
		}

		private int segment(double t) {
			int k = 0;
			while (k < this.segments.size() - 1 && t >= this.starts[k + 1]) {
				k++;
			}
			return k;
		}

		private double phase(double t) {
			int k = segment(t);
			return this.phases[k] + (t - this.starts[k]) * cadence(this.segments.get(k).kind()) / 120;
		}

		/** Angle amplitude, ramped over the last second before running and the first second after. */
		private double amplitude(double t) {
			int k = segment(t);
			Kind kind = this.segments.get(k).kind();
			if (kind == Kind.RUNNING) {
				return 1;
			}
			double distance = Double.MAX_VALUE;
			if (k + 1 < this.segments.size() && this.segments.get(k + 1).kind() == Kind.RUNNING) {
				distance = this.starts[k + 1] - t;
			}
			if (k > 0 && this.segments.get(k - 1).kind() == Kind.RUNNING) {
				distance = Math.min(distance, t - this.starts[k]);
			}
			double blend = Math.max(0, 1 - distance);
			return kind.amplitude + (1 - kind.amplitude) * blend;
		}

		/** Phone orientation in the world: heading of travel, pelvis orientation, then the mounting. */
		private double[] phone(double t) {
			double p = phase(t);
			double a = amplitude(t);
			double[] pelvis = Rotations.pelvis(a * this.run.rotation(p) * DEG, a * this.run.obliquity(p) * DEG,
					(this.run.meanTilt + a * this.run.tilt(p)) * DEG);
			return Rotations.times(Rotations.times(Rotations.times(Rotations.aboutZ(heading(t)), pelvis), slip(t)),
					this.run.mount);
		}

		/** How far the phone has slipped on the pelvis by time t. */
		private double[] slip(double t) {
			if (this.run.slipAt < 0 || t <= this.run.slipAt) {
				return Rotations.aboutZ(0);
			}
			double done = Math.min(1, t - this.run.slipAt);
			double angle = done * this.run.slipDegrees * DEG;
			return Rotations.times(Rotations.aboutY(angle), Rotations.aboutX(angle / 2));
		}

		/** Metres run on the track by time t: the runner only moves while running. */
		private double distance(double t) {
			int k = segment(t);
			double metres = 0;
			for (int j = 0; j <= k; j++) {
				if (this.segments.get(j).kind() == Kind.RUNNING) {
					metres += this.run.speed * ((j == k ? t : this.starts[j + 1]) - this.starts[j]);
				}
			}
			return metres;
		}

		/** Heading of travel, radians anticlockwise: turning only in the bends of a track. */
		private double heading(double t) {
			if (!this.run.track) {
				return 0;
			}
			double bend = Math.PI * BEND_RADIUS;
			double half = STRAIGHT + bend;
			double s = distance(t);
			int halves = (int) Math.floor(s / half);
			double into = s - halves * half;
			return halves * Math.PI + (into <= STRAIGHT ? 0 : (into - STRAIGHT) / BEND_RADIUS);
		}

		/** Whether the runner is in a bend at time t. */
		private boolean turning(double t) {
			if (!this.run.track || this.segments.get(segment(t)).kind() != Kind.RUNNING) {
				return false;
			}
			double half = STRAIGHT + Math.PI * BEND_RADIUS;
			double s = distance(t);
			return s - Math.floor(s / half) * half > STRAIGHT;
		}

		/** Peak sideways acceleration towards the landing foot in the first 30 ms of a stance, m/s². */
		private static final double LANDING_JOLT = 4;

		/** The runner's own acceleration in the world (x forward, y left, z up), m/s². */
		private double[] acceleration(double t) {
			Kind kind = this.segments.get(segment(t)).kind();
			double steps = 2 * phase(t);
			int step = (int) Math.floor(steps);
			double side = step % 2 == 0 ? 1 : -1;
			double u = steps - step;
			if (kind == Kind.STANDING) {
				return new double[3];
			}
			if (kind == Kind.WALKING) {
				return new double[] { 1.5 * Math.sin(2 * Math.PI * u), -side * 1.0 * Math.sin(Math.PI * u),
						3 * Math.cos(2 * Math.PI * u) };
			}
			double stepSeconds = 60 / this.run.cadence;
			double duty = 0.4;
			double tau = u * stepSeconds;
			double contact = duty * stepSeconds;
			if (tau >= contact) {
				return new double[] { 0, 0, -G };
			}
			double impact = 12;
			double impactSeconds = 0.03;
			double loading = (G * stepSeconds - impact * impactSeconds * 2 / Math.PI) / (contact * 2 / Math.PI);
			double x = Math.PI * tau / contact;
			double vertical = loading * Math.sin(x) - G
					+ (tau < impactSeconds ? impact * Math.sin(Math.PI * tau / impactSeconds) : 0);
			double braking = 2 + 1.2 * this.run.speed;
			// sideways: the landing jolts the pelvis towards the foot's side, then the stance pushes it back
			// towards the other side (as the sacral signal of real running shows)
			double jolt = tau < impactSeconds ? side * LANDING_JOLT * Math.sin(Math.PI * tau / impactSeconds) : 0;
			return new double[] { -braking * Math.sin(2 * x), jolt - side * 2.5 * Math.sin(x), vertical };
		}

		Result record() {
			SyntheticRun r = this.run;
			double end = this.starts[this.starts.length - 1];
			int capacity = (int) (end * r.rate * 1.3) + 10;
			double[][] out = new double[7][capacity];
			int n = 0;
			double t = 0;
			double h = 1e-5;
			while (t < end) {
				if (!(r.gapAt >= 0 && t >= r.gapAt && t < r.gapAt + r.gapSeconds)) {
					double[] m = phone(t);
					double[] a = acceleration(t);
					if (turning(t)) {
						// towards the centre of the bend: to the runner's left
						a[1] += r.speed * r.speed / BEND_RADIUS;
					}
					// the runner's own frame turned to the heading of travel
					a = Rotations.apply(Rotations.aboutZ(heading(t)), a[0], a[1], a[2]);
					double[] f = Rotations.apply(Rotations.transpose(m), a[0], a[1], a[2] + G);
					double[] d = Rotations.times(Rotations.transpose(phone(t - h)), phone(t + h));
					double scale = r.inG ? 1 / G : 1;
					out[0][n] = t;
					for (int k = 0; k < 3; k++) {
						out[1 + k][n] = (f[k] + r.accelerationNoise * r.random.nextGaussian()) * scale;
					}
					out[4][n] = (d[7] - d[5]) / (4 * h) + r.gyroBias[0] + r.gyroNoise * r.random.nextGaussian();
					out[5][n] = (d[2] - d[6]) / (4 * h) + r.gyroBias[1] + r.gyroNoise * r.random.nextGaussian();
					out[6][n] = (d[3] - d[1]) / (4 * h) + r.gyroBias[2] + r.gyroNoise * r.random.nextGaussian();
					n++;
				}
				t += (1 + r.jitter * (2 * r.random.nextDouble() - 1)) / r.rate;
			}
			double[][] a = new double[7][];
			for (int k = 0; k < 7; k++) {
				a[k] = java.util.Arrays.copyOf(out[k], n);
			}
			return new Result(new ImuRecording(a[0], a[1], a[2], a[3], a[4], a[5], a[6]), r.truth());
		}

	}

}
