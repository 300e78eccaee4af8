package dev.backstride.motion.angles;

/**
 * Arc tangent and arc sine for the per-sample pelvis angles, several times faster than {@link Math}'s
 * (which the JIT does not turn into machine instructions) and within 1e-10 rad of it.
 * <p>
 * The ratio is folded into [0, 1], then below tan 15° by atan t = 30° + atan((t√3 − 1) / (t + √3)),
 * where the Taylor series to the 15th power is exact to 1e-11.
 */
public final class Angles {

	private static final double SQRT3 = Math.sqrt(3);

	private static final double TAN_15 = 2 - SQRT3;

	private static final double HALF_PI = Math.PI / 2;

	private static final double SIXTH_PI = Math.PI / 6;

	private Angles() {
	}

	/**
	 * As {@link Math#atan2(double, double)}, in radians. Pelvis angles are mostly within 15° of zero,
	 * where one division and the series do; anything else takes the folded path.
	 */
	public static double atan2(double y, double x) {
		if (x > 0 && y <= ATAN_SERIES_LIMIT * x && y >= -ATAN_SERIES_LIMIT * x) {
			return series(y / x);
		}
		return anyAtan2(y, x);
	}

	private static double anyAtan2(double y, double x) {
		double ax = Math.abs(x);
		double ay = Math.abs(y);
		// plain comparisons: Math.max and min on doubles pay for NaN and −0, which cannot occur here
		boolean steep = ay > ax;
		double big = steep ? ay : ax;
		if (big == 0) {
			return 0;
		}
		double t = (steep ? ax : ay) / big;
		boolean folded = t > TAN_15;
		double u = folded ? (t * SQRT3 - 1) / (t + SQRT3) : t;
		double a = (folded ? SIXTH_PI : 0) + series(u);
		a = steep ? HALF_PI - a : a;
		a = x < 0 ? Math.PI - a : a;
		return y < 0 ? -a : a;
	}

	/**
	 * As {@link Math#asin(double)} for −1 ≤ v ≤ 1, in radians: within ±{@value #ASIN_SERIES_LIMIT}
	 * (about 14.5°) by its own series, with neither root nor division.
	 */
	public static double asin(double v) {
		if (v <= ASIN_SERIES_LIMIT && v >= -ASIN_SERIES_LIMIT) {
			return asinSeries(v);
		}
		return anyAtan2(v, Math.sqrt((1 - v) * (1 + v)));
	}

	/** Where {@link #atanSeries} holds: |u| up to tan 15°. */
	public static final double ATAN_SERIES_LIMIT = TAN_15;

	/** Where {@link #asinSeries} holds. */
	public static final double ASIN_SERIES_LIMIT = 0.25;

	/**
	 * {@code out[i] = scale · atan u[i]} for the first n ratios, each within ±{@link #ATAN_SERIES_LIMIT}
	 * (others come out wrong and are for the caller to mend). A loop without branches, which the JIT
	 * turns into vector instructions.
	 */
	public static void atanSeries(double[] u, double[] out, int n, double scale) {
		for (int i = 0; i < n; i++) {
			out[i] = series(u[i]) * scale;
		}
	}

	/** As {@link #atanSeries}, for the arc sine of values within ±{@link #ASIN_SERIES_LIMIT}. */
	public static void asinSeries(double[] v, double[] out, int n, double scale) {
		for (int i = 0; i < n; i++) {
			out[i] = asinSeries(v[i]) * scale;
		}
	}

	/**
	 * asin v for |v| ≤ 0.25: v + v³/6 + 3v⁵/40 + … to v¹⁷ (coefficients (2n)! / (4ⁿ (n!)² (2n + 1))),
	 * within 1e-13 there.
	 */
	private static double asinSeries(double v) {
		double s = v * v;
		double p = A8;
		p = p * s + A7;
		p = p * s + A6;
		p = p * s + A5;
		p = p * s + A4;
		p = p * s + A3;
		p = p * s + A2;
		p = p * s + A1;
		p = p * s + 1;
		return v * p;
	}

	private static final double A1 = asinCoefficient(1), A2 = asinCoefficient(2), A3 = asinCoefficient(3),
			A4 = asinCoefficient(4), A5 = asinCoefficient(5), A6 = asinCoefficient(6), A7 = asinCoefficient(7),
			A8 = asinCoefficient(8);

	private static double asinCoefficient(int n) {
		// (2n)! / (4ⁿ (n!)²) grows by (2k − 1) / (2k) from k − 1 to k
		double ratio = 1;
		for (int k = 1; k <= n; k++) {
			ratio = ratio * (2 * k - 1) / (2 * k);
		}
		return ratio / (2 * n + 1);
	}

	/** atan u for |u| ≤ tan 15°: u − u³/3 + u⁵/5 − … − u¹⁵/15. */
	private static double series(double u) {
		double s = u * u;
		double p = -1.0 / 15;
		p = p * s + 1.0 / 13;
		p = p * s - 1.0 / 11;
		p = p * s + 1.0 / 9;
		p = p * s - 1.0 / 7;
		p = p * s + 1.0 / 5;
		p = p * s - 1.0 / 3;
		p = p * s + 1;
		return u * p;
	}

}
