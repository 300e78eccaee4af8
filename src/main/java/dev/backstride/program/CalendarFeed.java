package dev.backstride.program;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan as an iCalendar feed (RFC 5545) that any calendar app can subscribe to: a weekly core
 * routine at 18:00 on the core days and a reminder of the leg swings at 07:00 on the other days (the
 * likely running days), each with a display alarm, in the subscriber's own time (floating times). A
 * paused plan gives one event today that says so, without an alarm. Written by hand: the format is
 * small, and a library would be the app's biggest dependency for it. There is no METHOD: a subscribed
 * feed is not an iTIP message (RFC 5546), whose PUBLISH would ask for an organizer.
 */
public final class CalendarFeed {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private CalendarFeed() {
	}

	/**
	 * @param uidPrefix makes the events' UIDs unique to the runner and stable between fetches
	 * @param link the address of the plan page, named in each event
	 */
	public static String write(Plan plan, LocalDate today, Instant now, String uidPrefix, String link) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Backstride//Exercise program//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:Backstride exercises");
		switch (plan) {
			case Plan.Active active -> {
				List<DayOfWeek> core = active.coreDays().inWeekOrder();
				List<DayOfWeek> others = java.util.Arrays.stream(DayOfWeek.values()).filter((d) -> !core.contains(d)).toList();
				event(out, uidPrefix + "-core", now, first(today, core), "180000", "PT20M", core,
						"Core routine: reach and tuck, mini crunch", doses(active, SessionKind.CORE, link),
						"Time for your core routine");
				event(out, uidPrefix + "-pre-run", now, first(today, others), "070000", "PT5M", others,
						"Before you run: leg swings", doses(active, SessionKind.PRE_RUN, link)
								+ "\nRunning today? Do your leg swings first.",
						"Running today? Leg swings first");
			}
			case Plan.Paused paused -> {
				line(out, "BEGIN:VEVENT");
				line(out, "UID:" + uidPrefix + "-paused@backstride");
				line(out, "DTSTAMP:" + STAMP.format(now));
				line(out, "DTSTART;VALUE=DATE:" + DATE.format(today));
				line(out, "SUMMARY:" + text("Backstride exercises are paused"));
				line(out, "DESCRIPTION:" + text(String.join("\n", paused.reasons()) + "\n" + link));
				line(out, "END:VEVENT");
			}
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static void event(StringBuilder out, String uid, Instant now, LocalDate first, String time,
			String duration, List<DayOfWeek> days, String summary, String description, String alarm) {
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid + "@backstride");
		line(out, "DTSTAMP:" + STAMP.format(now));
		line(out, "DTSTART:" + DATE.format(first) + "T" + time);
		line(out, "DURATION:" + duration);
		line(out, "RRULE:FREQ=WEEKLY;BYDAY="
				+ days.stream().map((d) -> d.name().substring(0, 2)).collect(Collectors.joining(",")));
		line(out, "SUMMARY:" + text(summary));
		line(out, "DESCRIPTION:" + text(description));
		line(out, "BEGIN:VALARM");
		line(out, "ACTION:DISPLAY");
		line(out, "DESCRIPTION:" + text(alarm));
		line(out, "TRIGGER:-PT10M");
		line(out, "END:VALARM");
		line(out, "END:VEVENT");
	}

	private static String doses(Plan.Active plan, SessionKind kind, String link) {
		return plan.exercises()
			.stream()
			.filter((p) -> p.exercise().kind() == kind)
			.map((p) -> p.exercise().title() + ": " + p.dose().describe(p.exercise().perSide()))
			.collect(Collectors.joining("\n")) + "\n" + link;
	}

	/** The first day from {@code today} on that falls on one of {@code days}. */
	private static LocalDate first(LocalDate today, List<DayOfWeek> days) {
		LocalDate day = today;
		while (!days.contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** A TEXT value escaped as RFC 5545 §3.3.11 asks. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
	}

	/** Ends a content line with CRLF, folded at 75 octets without splitting a UTF-8 character (§3.1). */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
