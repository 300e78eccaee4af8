package dev.backstride.web;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The signed-in menu, read by the layout as {@code ${@menu.entries()}} (a bean, so that every page has it,
 * error pages included). On a phone the {@link Entry#primary() primary} entries stay in view and the rest
 * sit under "More"; on a wide screen all of them are in one row.
 */
@Component("menu")
public class Menu {

	/**
	 * One menu entry; {@code sections} are the first parts of the paths it covers (the layout's
	 * {@code currentSection}), so that {@code /motion/12} marks "Pelvis" as the current page.
	 */
	public record Entry(String href, String label, List<String> sections, boolean primary) {

		public boolean current(String section) {
			return section != null && this.sections.contains(section);
		}

	}

	private static final List<Entry> ENTRIES = List.of(new Entry("/", "Today", List.of("today"), true),
			new Entry("/checkin", "Check in", List.of("checkin"), true),
			new Entry("/program", "Exercises", List.of("program"), true),
			new Entry("/runs", "Runs", List.of("runs"), true),
			new Entry("/screening", "Safety", List.of("screening"), false),
			new Entry("/questionnaires", "Scores", List.of("questionnaires"), false),
			new Entry("/motion", "Pelvis", List.of("motion"), false),
			new Entry("/insights", "Insights", List.of("insights"), false),
			new Entry("/profile", "Profile", List.of("profile", "tokens", "account"), false));

	public List<Entry> entries() {
		return ENTRIES;
	}

	public List<Entry> primary() {
		return ENTRIES.stream().filter(Entry::primary).toList();
	}

	public List<Entry> more() {
		return ENTRIES.stream().filter((e) -> !e.primary()).toList();
	}

	/** Whether the current page is one of the entries under "More", to mark "More" itself. */
	public boolean inMore(String section) {
		return more().stream().anyMatch((e) -> e.current(section));
	}

}
