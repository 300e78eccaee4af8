package dev.backstride.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one rules file of {@code docs/rules/}: a {@code #} title and an introduction, then per rule a
 * heading {@code ## ID: title}, paragraphs and {@code -} lists, and a last line {@code Source: …}.
 * Anything else is refused with the line it is on, so that a mistake in the docs stops the app at
 * start instead of showing a broken page.
 */
public final class RuleDocs {

	private static final Pattern RULE_HEADING = Pattern.compile("## (\\S+): (.+)");

	private static final String SOURCE = "Source: ";

	private RuleDocs() {
	}

	public static Section parse(String name, String markdown) {
		List<List<String>> blocks = blocks(markdown);
		if (blocks.isEmpty() || !blocks.get(0).get(0).startsWith("# ") || blocks.get(0).size() != 1) {
			throw new IllegalArgumentException(name + ": the first line must be the title, '# …', on its own");
		}
		String title = blocks.get(0).get(0).substring(2).trim();
		List<String> introduction = new ArrayList<>();
		List<Rule> rules = new ArrayList<>();
		int i = 1;
		while (i < blocks.size() && !blocks.get(i).get(0).startsWith("## ")) {
			introduction.add(paragraph(name, blocks.get(i)));
			i++;
		}
		while (i < blocks.size()) {
			int end = i + 1;
			while (end < blocks.size() && !blocks.get(end).get(0).startsWith("## ")) {
				end++;
			}
			rules.add(rule(name, blocks.subList(i, end)));
			i = end;
		}
		return new Section(title, introduction, rules);
	}

	private static Rule rule(String name, List<List<String>> blocks) {
		String heading = blocks.get(0).get(0);
		Matcher m = RULE_HEADING.matcher(heading);
		if (blocks.get(0).size() != 1 || !m.matches()) {
			throw new IllegalArgumentException(name + ": a rule starts with '## ID: title' on its own, not '" + heading + "'");
		}
		List<List<String>> body = blocks.subList(1, blocks.size());
		String last = body.isEmpty() ? "" : String.join(" ", body.get(body.size() - 1));
		if (!last.startsWith(SOURCE)) {
			throw new IllegalArgumentException(name + ": rule " + m.group(1) + " must end with a 'Source: …' line");
		}
		List<Rule.Block> text = new ArrayList<>();
		for (List<String> block : body.subList(0, body.size() - 1)) {
			text.add(block.get(0).startsWith("- ") ? items(name, block) : new Rule.Block.Paragraph(paragraph(name, block)));
		}
		return new Rule(m.group(1), m.group(2).trim(), text, last.substring(SOURCE.length()).trim());
	}

	private static String paragraph(String name, List<String> lines) {
		String text = String.join(" ", lines);
		if (text.startsWith("#") || text.startsWith("- ")) {
			throw new IllegalArgumentException(name + ": expected a paragraph, found '" + lines.get(0) + "'");
		}
		return text;
	}

	/** A list: lines starting with "- ", continued by indented lines. */
	private static Rule.Block items(String name, List<String> lines) {
		List<String> items = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("- ")) {
				items.add(line.substring(2).trim());
			}
			else if (line.startsWith(" ") && !items.isEmpty()) {
				items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.trim());
			}
			else {
				throw new IllegalArgumentException(name + ": a list line starts with '- ', not '" + line + "'");
			}
		}
		return new Rule.Block.Items(items);
	}

	/** Groups of non-blank lines, as separated by blank lines (list continuations keep their indent). */
	private static List<List<String>> blocks(String markdown) {
		List<List<String>> blocks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : markdown.replace("\r", "").split("\n")) {
			if (line.isBlank()) {
				if (!current.isEmpty()) {
					blocks.add(current);
					current = new ArrayList<>();
				}
			}
			else {
				current.add(current.isEmpty() || line.startsWith("- ") || line.startsWith(" ") ? line.stripTrailing()
						: line.strip());
			}
		}
		if (!current.isEmpty()) {
			blocks.add(current);
		}
		return blocks;
	}

}
