package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a recording's strides agree as well as those of the runs the engine was validated on. The
 * expected error of a metric ({@link ExpectedError}) holds for strides that vary as they did on the four
 * real treadmill runs of issue 11; where a recording's strides differ from one another by more than
 * twice the largest spread seen there, its number for that metric is flagged as rough instead of being
 * reported with the same confidence.
 */
public final class Steadiness {

	/**
	 * Largest standard deviation over the strides on the four real runs ({@code RealRunningTests}): cadence
	 * 3.15 steps/min, tilt 0.75°, obliquity 0.76°, rotation 1.31°, drops 0.51° (left) and 0.42° (right).
	 */
	static final double SEEN_CADENCE = 3.15, SEEN_TILT = 0.75, SEEN_OBLIQUITY = 0.76, SEEN_ROTATION = 1.31,
			SEEN_DROP = 0.51;

	/** How far past the largest spread seen a recording may go before it is flagged. */
	static final double MARGIN = 2;

	private Steadiness() {
	}

	/** A metric whose strides differed too much: its key in the API, its name in a sentence, its spread. */
	public record Unsteady(String key, String words, double sd, double limit) {
	}

	/** The metrics of a measured report whose strides differed too much; none for a report not measured. */
	public static List<Unsteady> of(MotionReport r) {
		if (!r.measured() || r.strides().isEmpty()) {
			return List.of();
		}
		return of(r.cadence(), r.tilt(), r.obliquity().excursion(), r.rotation(), r.obliquity().leftDrop(),
				r.obliquity().rightDrop());
	}

	static List<Unsteady> of(Summary cadence, Summary tilt, Summary obliquity, Summary rotation, Summary leftDrop,
			Summary rightDrop) {
		List<Unsteady> found = new ArrayList<>();
		check(found, "cadence", "cadence", cadence, SEEN_CADENCE);
		check(found, "tilt", "tilt", tilt, SEEN_TILT);
		check(found, "obliquity", "obliquity", obliquity, SEEN_OBLIQUITY);
		check(found, "rotation", "rotation", rotation, SEEN_ROTATION);
		check(found, "leftDrop", "the drop in left stance", leftDrop, SEEN_DROP);
		check(found, "rightDrop", "the drop in right stance", rightDrop, SEEN_DROP);
		return List.copyOf(found);
	}

	private static void check(List<Unsteady> found, String key, String words, Summary s, double seen) {
		double limit = MARGIN * seen;
		if (s.sd() > limit) {
			found.add(new Unsteady(key, words, s.sd(), limit));
		}
	}

	/** One plain sentence for the runner, or empty when every metric is as steady as validated. */
	public static String sentence(List<Unsteady> unsteady) {
		if (unsteady.isEmpty()) {
			return "";
		}
		List<String> names = unsteady.stream().map(Unsteady::words).toList();
		String list = names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
		return "Your strides differed from one another more than on the runs we checked against the lab in " + list
				+ ", so take " + (names.size() == 1 ? "that number" : "those numbers")
				+ " as rough. A steady stretch of running on even ground gives firmer ones.";
	}

}
