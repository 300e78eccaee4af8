package dev.backstride.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plan adherence (P-FREQ: three core days a week): for each ISO week, the number of different days
 * with a core session logged, against the three planned. The sentence reads the last four complete
 * weeks (the current week is still under way), so it always rests on twelve planned sessions.
 */
public record Adherence(List<Week> weeks, String reading) {

	public static final int PLANNED_PER_WEEK = 3;

	static final int WEEKS_READ = 4;

	public record Week(LocalDate weekStart, int done, int planned) {
	}

	/**
	 * @param coreSessionDays the days with a core session, any order, repeats allowed
	 * @param count how many weeks to show, ending with the current one (at least 5)
	 */
	public static Adherence of(List<LocalDate> coreSessionDays, LocalDate today, int count) {
		if (count <= WEEKS_READ) {
			throw new IllegalArgumentException("show more than " + WEEKS_READ + " weeks: " + count);
		}
		LocalDate current = TrainingLoad.weekStart(today);
		Set<LocalDate> days = new HashSet<>(coreSessionDays);
		List<Week> weeks = new ArrayList<>(count);
		for (int i = count - 1; i >= 0; i--) {
			LocalDate start = current.minusWeeks(i);
			int done = (int) days.stream()
				.filter((d) -> !d.isBefore(start) && d.isBefore(start.plusWeeks(1)) && !d.isAfter(today))
				.count();
			weeks.add(new Week(start, done, PLANNED_PER_WEEK));
		}
		return new Adherence(weeks, reading(weeks));
	}

	private static String reading(List<Week> weeks) {
		if (weeks.stream().allMatch((w) -> w.done() == 0)) {
			return "No core sessions logged in these weeks yet: log each one to see how your plan is going.";
		}
		List<Week> complete = weeks.subList(weeks.size() - 1 - WEEKS_READ, weeks.size() - 1);
		int done = complete.stream().mapToInt((w) -> Math.min(w.done(), w.planned())).sum();
		int planned = complete.stream().mapToInt(Week::planned).sum();
		return "In the last " + WEEKS_READ + " complete weeks you did " + done + " of your " + planned
				+ " core sessions (" + Math.round(done * 100.0 / planned) + "%).";
	}

}
