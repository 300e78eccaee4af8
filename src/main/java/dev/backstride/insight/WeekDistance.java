package dev.backstride.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The distance run in one ISO week (Monday to Sunday), which starts on {@code weekStart}. */
public record WeekDistance(LocalDate weekStart, long meters) {

	public WeekDistance {
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("a week starts on a Monday: " + weekStart);
		}
	}

	public double km() {
		return Distances.km(this.meters);
	}

}
