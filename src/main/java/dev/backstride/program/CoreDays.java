package dev.backstride.program;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The runner's three core days a week ({@code P-FREQ}), never two in a row; Sunday and Monday count
 * as in a row. The message of a refusal is a sentence for the runner.
 */
public record CoreDays(Set<DayOfWeek> days) {

	public static final CoreDays DEFAULT = new CoreDays(
			EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));

	public CoreDays {
		if (days.size() != 3) {
			throw new IllegalArgumentException("Choose three different core days a week, not " + days.size() + ".");
		}
		for (DayOfWeek day : days) {
			if (days.contains(day.plus(1))) {
				throw new IllegalArgumentException("Core days need a rest day between them: " + name(day) + " and "
						+ name(day.plus(1)) + " are in a row.");
			}
		}
		days = Set.copyOf(EnumSet.copyOf(days));
	}

	/** Monday first. */
	public List<DayOfWeek> inWeekOrder() {
		return EnumSet.copyOf(this.days).stream().toList();
	}

	public boolean contains(DayOfWeek day) {
		return this.days.contains(day);
	}

	static String name(DayOfWeek day) {
		return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
	}

}
