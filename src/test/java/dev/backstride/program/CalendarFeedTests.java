package dev.backstride.program;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.backstride.screening.CareStatus;
import dev.backstride.screening.TriageLevel;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar feed read back by ical4j, an independent RFC 5545 reader, and validated by it. */
class CalendarFeedTests {

	private static final LocalDate WEDNESDAY = LocalDate.parse("2026-12-02");

	private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	@Test
	void anActivePlanGivesWeeklyCoreDaysAndPreRunRemindersWithAlarms() throws Exception {
		Plan plan = Planning.plan(new CareStatus.Active(), false, CoreDays.DEFAULT, List.of(),
				new PelvisFinding.NotMeasured(), Progression.replay(List.of(), Map.of()));
		String feed = CalendarFeed.write(plan, WEDNESDAY, NOW, "program-abc", "https://example.org/program");
		assertThat(feed.lines()).allSatisfy((line) -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.hasSizeLessThanOrEqualTo(75));
		assertThat(feed).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		VEvent core = events.get(0);
		assertThat(value(core, Property.SUMMARY)).isEqualTo("Core routine: reach and tuck, mini crunch");
		assertThat(value(core, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
		assertThat(value(core, Property.DTSTART)).isEqualTo("20261202T180000");
		assertThat(value(core, Property.DESCRIPTION)).isEqualTo(
				"Reach and tuck: 8 per leg\nStraight-leg mini crunch: 12\nhttps://example.org/program");
		VEvent preRun = events.get(1);
		assertThat(value(preRun, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH,SA,SU");
		assertThat(value(preRun, Property.DTSTART)).isEqualTo("20261203T070000");
		assertThat(value(preRun, Property.DESCRIPTION)).startsWith("Leg swings: 12 per leg");
		for (VEvent event : events) {
			List<Component> alarms = event.getComponents(Component.VALARM);
			assertThat(alarms).hasSize(1);
			assertThat(alarms.get(0).getProperty(Property.ACTION).map(Property::getValue)).contains("DISPLAY");
			assertThat(alarms.get(0).getProperty(Property.TRIGGER).map(Property::getValue)).contains("-PT10M");
		}
	}

	@Test
	void aPausedPlanGivesOneEventSayingSoAndNoAlarms() throws Exception {
		Plan plan = Planning.plan(new CareStatus.Paused(TriageLevel.SEE_CLINICIAN, List.of("RF-SEE"), "see"), false,
				CoreDays.DEFAULT, List.of(), new PelvisFinding.NotMeasured(), Progression.replay(List.of(), Map.of()));
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(CalendarFeed.write(plan, WEDNESDAY, NOW, "p", "https://example.org/program")));
		assertThat(calendar.validate().hasErrors()).isFalse();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(value(event, Property.SUMMARY)).isEqualTo("Backstride exercises are paused");
			assertThat(event.getComponents(Component.VALARM)).isEmpty();
		});
	}

	@Test
	void textIsEscapedAndLongLinesAreFoldedWithoutSplittingACharacter() throws Exception {
		assertThat(CalendarFeed.text("a, b; c\\d\ne")).isEqualTo("a\\, b\\; c\\\\d\\ne");
		StringBuilder out = new StringBuilder();
		CalendarFeed.line(out, "DESCRIPTION:" + "→".repeat(40));
		for (String line : out.toString().split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		String unfolded = out.toString().replace("\r\n ", "");
		assertThat(unfolded).isEqualTo("DESCRIPTION:" + "→".repeat(40) + "\r\n");
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElseThrow();
	}

}
