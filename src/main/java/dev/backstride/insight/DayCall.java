package dev.backstride.insight;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.PainMonitoring;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;

/**
 * What PM-RULE said on one past day, worked out again from that day's check-ins: the most severe of
 * their findings (a day with two check-ins counts its worse one).
 */
public record DayCall(LocalDate date, Severity severity) {

	/** One call per day that has check-ins, oldest first. */
	public static List<DayCall> of(List<CheckIn> checkIns) {
		Map<LocalDate, Severity> days = new TreeMap<>();
		for (CheckIn checkIn : checkIns) {
			days.merge(checkIn.date(), severity(checkIn), (a, b) -> a.compareTo(b) >= 0 ? a : b);
		}
		return days.entrySet().stream().map((day) -> new DayCall(day.getKey(), day.getValue())).toList();
	}

	public static Severity severity(CheckIn checkIn) {
		return PainMonitoring.assess(checkIn)
			.stream()
			.map(Finding::severity)
			.max(Comparator.naturalOrder())
			.orElse(Severity.GO);
	}

	public boolean flare() {
		return this.severity != Severity.GO;
	}

}
