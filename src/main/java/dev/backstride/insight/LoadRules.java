package dev.backstride.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.Units;

import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;

/**
 * The load rules of PROTOCOL §6 that read distances only. {@code L-ACWR} over 1.5 is a caution: a
 * reason beside the call, which it leaves as it is. {@code L-WEEK} makes the call at least modify:
 * hold this week's distance.
 */
public final class LoadRules {

	public static final String ACWR = "L-ACWR";

	public static final String WEEK = "L-WEEK";

	private LoadRules() {
	}

	/** Every load finding for the runs, in rule order, with distances in the runner's units. */
	public static List<Finding> assess(TrainingLoad load, Units units) {
		List<Finding> findings = new ArrayList<>();
		acwr(load, units).ifPresent(findings::add);
		week(load, units).ifPresent(findings::add);
		return findings;
	}

	static Optional<Finding> acwr(TrainingLoad load, Units units) {
		return load.acwr()
			.filter(Acwr::aboveCaution)
			.map((acwr) -> new Finding(Severity.GO, ACWR, "In the last 7 days you ran "
					+ Distances.text(acwr.acuteMeters(), units) + ", " + acwr.ratio().toPlainString()
					+ " times your average week of the last four (" + Distances.text(acwr.chronicWeeklyMeters(), units)
					+ "). A rise that steep deserves care: keep today's run easy and don't add more."));
	}

	static Optional<Finding> week(TrainingLoad load, Units units) {
		if (!load.weekJumped()) {
			return Optional.empty();
		}
		long previous = load.previousSevenDaysMeters();
		String before = previous == 0 ? "after a week without running"
				: "over 30% more than the " + Distances.text(previous, units) + " of the 7 days before";
		return Optional.of(new Finding(Severity.MODIFY, WEEK, "You ran " + Distances.text(load.lastSevenDaysMeters(), units)
				+ " in the last 7 days, " + before + ". Hold this week's distance: no more running this week"
				+ " than you have done already."));
	}

}
