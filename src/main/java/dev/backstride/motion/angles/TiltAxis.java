package dev.backstride.motion.angles;

import dev.backstride.motion.attitude.Attitude;
import dev.backstride.motion.events.FootContacts;
import dev.backstride.motion.events.RunningBouts;

/**
 * How far the pelvis' own forward axis is turned from the direction of travel, found from how the pelvis
 * leans step after step.
 * <p>
 * Tilt and obliquity are the lean of the pelvis about its own side-to-side and forward axes. A phone
 * sees the lean (gravity in the phone) but not which horizontal axis is the pelvis' own: the direction
 * of travel, read from acceleration, is a few degrees off it (on four real lab trials, 2–6°: the
 * runner's pelvis faces a little to one side, and acceleration repeats imperfectly from step to step),
 * and each degree mixes about a tenth of the tilt into obliquity.
 * <p>
 * Two things hold for the lean, step after step. Tilt repeats: both steps pitch the pelvis alike. And
 * each step's obliquity has one common shape, scaled by the drop on that side, so that left and right
 * drops may differ (the case that matters clinically). Split each pair of steps into the part the two
 * steps share and the part in which they differ: the shared part of obliquity is then the differing part
 * times one number per running bout, (left drop − right drop) / (left drop + right drop). The axis is the
 * turn at which the shared part of obliquity is best explained that way: any other turn mixes in the
 * shared part of tilt, which no such number explains. With equal drops this is the axis about which the
 * pelvis leans alike in every step.
 * <p>
 * Steps are compared phase by phase, each resampled from its contact to the next at {@value #PHASES}
 * points, so that a left and a right step of different lengths line up; each pair is taken about its
 * own mean, so that a phone slipping in the waistband does not count as lean.
 */
public final class TiltAxis {

	/** Points per step at which steps are compared. */
	public static final int PHASES = 32;

	/** The turn is searched within this many degrees either side of the direction of travel. */
	private static final double SEARCH_DEGREES = 45;

	/** Steps of the search, degrees. */
	private static final double RESOLUTION_DEGREES = 0.05;

	private TiltAxis() {
	}

	/**
	 * The turn, in radians and positive to the left, from the forward axis of {@code frame} to the pelvis'
	 * own, over the running bouts; 0 when there is nothing to go on.
	 */
	public static double turn(Attitude q, PelvisFrame frame, FootContacts steps, RunningBouts bouts) {
		double[] a = frame.axes;
		double[] forward = { a[0], a[3], a[6] };
		double[] left = { a[1], a[4], a[7] };
		// per bout: shared·shared (xx, yy, xy), differing·differing (xx, yy, xy), shared·differing (4)
		double[][] sums = new double[bouts.count()][10];
		double[] lean = new double[4 * PHASES];
		for (int b = 0; b < bouts.count(); b++) {
			for (int k = bouts.first[b]; k < bouts.last[b]; k++) {
				// the sign of the differing part alternates, so that it is always first step minus second
				// of the same feet
				pair(q, forward, left, steps.at[k], steps.at[k + 1], steps.at[k + 2],
						(k - bouts.first[b]) % 2 == 0 ? 1 : -1, lean, sums[b]);
			}
		}
		double best = 0;
		double lowest = Double.MAX_VALUE;
		for (double d = -SEARCH_DEGREES; d <= SEARCH_DEGREES; d += RESOLUTION_DEGREES) {
			double r = Math.toRadians(d);
			double unexplained = unexplained(sums, -Math.sin(r), Math.cos(r));
			if (unexplained < lowest) {
				lowest = unexplained;
				best = r;
			}
		}
		return lowest == Double.MAX_VALUE ? 0 : best * distinct(sums, best);
	}

	/**
	 * How far the lean at {@code angle} tells the axis apart from an asymmetry of the drops, 0 to 1: the
	 * curvature of what stays unexplained about the best turn, over the curvature of the shared part of
	 * obliquity alone. It is 1 when the tilt that one step shares with the next has a shape of its own,
	 * and falls to 0 as that shape nears the shape of the drops, when a turn and a drop asymmetry explain
	 * the lean equally well. The turn is given this weight, and the direction of travel the rest.
	 */
	private static double distinct(double[][] sums, double angle) {
		double h = Math.toRadians(0.5);
		double[] free = new double[3];
		double[] shared = new double[3];
		for (int k = -1; k <= 1; k++) {
			double fx = -Math.sin(angle + k * h);
			double fy = Math.cos(angle + k * h);
			free[k + 1] = unexplained(sums, fx, fy);
			for (double[] s : sums) {
				shared[k + 1] += fx * fx * s[0] + fy * fy * s[1] + 2 * fx * fy * s[2];
			}
		}
		double curvature = free[0] + free[2] - 2 * free[1];
		double sharedCurvature = shared[0] + shared[2] - 2 * shared[1];
		return sharedCurvature <= 0 ? 0 : Math.max(0, Math.min(1, curvature / sharedCurvature));
	}

	/**
	 * What of the shared part of obliquity the differing part does not explain, summed over bouts, when
	 * obliquity is read as {@code fx} times the lean along the old forward axis plus {@code fy} times the
	 * lean along the old left axis.
	 */
	private static double unexplained(double[][] sums, double fx, double fy) {
		double total = 0;
		boolean any = false;
		for (double[] s : sums) {
			double shared = fx * fx * s[0] + fy * fy * s[1] + 2 * fx * fy * s[2];
			double differing = fx * fx * s[3] + fy * fy * s[4] + 2 * fx * fy * s[5];
			double cross = fx * fx * s[6] + fx * fy * (s[7] + s[8]) + fy * fy * s[9];
			if (differing > 0) {
				total += shared - cross * cross / differing;
				any = true;
			}
		}
		return any ? total : Double.MAX_VALUE;
	}

	/**
	 * Adds one pair of steps (contacts at {@code a}, {@code b}, {@code c}, fractional samples) to the
	 * sums: the lean along both axes, shared and differing parts, each about its mean over the pair.
	 */
	private static void pair(Attitude q, double[] forward, double[] left, double a, double b, double c, int sign,
			double[] lean, double[] sums) {
		for (int p = 0; p < PHASES; p++) {
			double f = (double) p / PHASES;
			lean(q, a + (b - a) * f, forward, left, lean, 2 * p);
			lean(q, b + (c - b) * f, forward, left, lean, 2 * PHASES + 2 * p);
		}
		double[] mean = new double[4];
		for (int p = 0; p < PHASES; p++) {
			mean[0] += lean[2 * p] + lean[2 * PHASES + 2 * p];
			mean[1] += lean[2 * p + 1] + lean[2 * PHASES + 2 * p + 1];
			mean[2] += sign * (lean[2 * p] - lean[2 * PHASES + 2 * p]);
			mean[3] += sign * (lean[2 * p + 1] - lean[2 * PHASES + 2 * p + 1]);
		}
		for (int m = 0; m < 4; m++) {
			mean[m] /= PHASES;
		}
		for (int p = 0; p < PHASES; p++) {
			double sx = lean[2 * p] + lean[2 * PHASES + 2 * p] - mean[0];
			double sy = lean[2 * p + 1] + lean[2 * PHASES + 2 * p + 1] - mean[1];
			double dx = sign * (lean[2 * p] - lean[2 * PHASES + 2 * p]) - mean[2];
			double dy = sign * (lean[2 * p + 1] - lean[2 * PHASES + 2 * p + 1]) - mean[3];
			sums[0] += sx * sx;
			sums[1] += sy * sy;
			sums[2] += sx * sy;
			sums[3] += dx * dx;
			sums[4] += dy * dy;
			sums[5] += dx * dy;
			sums[6] += sx * dx;
			sums[7] += sx * dy;
			sums[8] += sy * dx;
			sums[9] += sy * dy;
		}
	}

	/**
	 * The lean at fractional sample {@code at}: the level frame's up axis seen from the phone (the third
	 * row of the rotation), interpolated between the samples either side, along the forward and the left
	 * axis, into {@code out[index]} and {@code out[index + 1]}.
	 */
	private static void lean(Attitude q, double at, double[] forward, double[] left, double[] out, int index) {
		int i = Math.min((int) at, q.size() - 2);
		double f = at - i;
		double ux = 0, uy = 0, uz = 0;
		for (int j = i; j <= i + 1; j++) {
			double weight = j == i ? 1 - f : f;
			double w = q.w[j], x = q.x[j], y = q.y[j], z = q.z[j];
			ux += weight * 2 * (x * z - w * y);
			uy += weight * 2 * (y * z + w * x);
			uz += weight * (1 - 2 * (x * x + y * y));
		}
		out[index] = ux * forward[0] + uy * forward[1] + uz * forward[2];
		out[index + 1] = ux * left[0] + uy * left[1] + uz * left[2];
	}

}
