package dev.backstride.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The design system's colours meet WCAG 2.2 AA where they are used: 4.5:1 for text (1.4.3), 3:1 for input
 * borders and the focus ring (1.4.11). The colours are read from the custom properties in app.css, so a
 * change there is checked here; a new colour pair belongs in the table below.
 */
class ContrastTests {

	private static final Pattern PROPERTY = Pattern.compile("--([a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\b");

	private static final Map<String, String> COLOURS = colours();

	@ParameterizedTest(name = "{0} on {1}: at least {2}:1")
	@CsvSource(textBlock = """
			# text on the page and on cards
			ink,            card,         4.5
			ink,            bg,           4.5
			muted,          card,         4.5
			muted,          bg,           4.5
			brand,          card,         4.5
			brand,          bg,           4.5
			brand,          brand-soft,   4.5
			ink,            brand-soft,   4.5
			placeholder,    card,         4.5
			# buttons, chips and badges
			brand-ink,      brand,        4.5
			ink,            neutral-soft, 4.5
			go,             go-soft,      4.5
			stop,           stop-soft,    4.5
			ink,            go-soft,      4.5
			ink,            stop-soft,    4.5
			# today's call: white text and links on each colour
			on-call,        go,           4.5
			on-call,        modify,       4.5
			on-call,        stop,         4.5
			on-call,        paused,       4.5
			# disabled controls are exempt, but stay readable
			disabled-ink,   disabled-bg,  4.5
			# borders of inputs and the scale's cells, and the focus ring (non-text: 3:1)
			field-line,     card,         3
			field-line,     bg,           3
			focus,          card,         3
			focus,          bg,           3
			focus,          focus-halo,   3
			# the current page's underline in the menu
			brand,          card,         3
			""")
	void meetsAa(String foreground, String background, double minimum) {
		double ratio = contrast(colour(foreground), colour(background));
		assertThat(ratio).as("%s (#%s) on %s (#%s)", foreground, COLOURS.get(foreground), background,
				COLOURS.get(background))
			.isGreaterThanOrEqualTo(minimum);
	}

	@Test
	void placeholdersAreClearlyLighterThanWhatIsTyped() {
		double value = contrast(colour("ink"), colour("card"));
		double placeholder = contrast(colour("placeholder"), colour("card"));
		assertThat(value - placeholder).isGreaterThan(5);
	}

	@ParameterizedTest(name = "#{0} on #{1} is {2}:1")
	@CsvSource({ "000000, ffffff, 21", "ffffff, ffffff, 1", "767676, ffffff, 4.54", "2456c7, ffffff, 6.50" })
	void computesContrastAsWcagDefinesIt(String a, String b, double expected) {
		assertThat(contrast(a, b)).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
	}

	private static String colour(String name) {
		assertThat(COLOURS).as("custom property --" + name + " in app.css").containsKey(name);
		return COLOURS.get(name);
	}

	/** WCAG 2.x: (L1 + 0.05) / (L2 + 0.05), L the relative luminance of sRGB. */
	static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		double r = channel(Integer.parseInt(hex.substring(0, 2), 16));
		double g = channel(Integer.parseInt(hex.substring(2, 4), 16));
		double b = channel(Integer.parseInt(hex.substring(4, 6), 16));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static Map<String, String> colours() {
		try (InputStream in = ContrastTests.class.getResourceAsStream("/static/css/app.css")) {
			String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Map<String, String> colours = new LinkedHashMap<>();
			Matcher m = PROPERTY.matcher(css);
			while (m.find()) {
				colours.putIfAbsent(m.group(1), m.group(2).toLowerCase());
			}
			return colours;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
