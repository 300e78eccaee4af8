package dev.backstride.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of the care protocol as a runner reads it: its id ({@code PM-RULE}), a short title, the
 * explanation as blocks of plain text, and where it comes from.
 */
public record Rule(String id, String title, List<Block> text, String source) {

	static final Pattern ID = Pattern.compile("[A-Z]{1,3}(-[A-Z0-9]+)+");

	public Rule {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a rule id is capitals and digits joined by hyphens, not '" + id + "'");
		}
		if (title.isBlank() || text.isEmpty() || source.isBlank()) {
			throw new IllegalArgumentException("rule " + id + " needs a title, an explanation and a source");
		}
		text = List.copyOf(text);
	}

	/** A paragraph or a list: the only shapes the explanations take. */
	public sealed interface Block {

		/** For templates, which may not name classes: whether this block is a list. */
		default boolean list() {
			return this instanceof Items;
		}

		record Paragraph(String text) implements Block {
		}

		record Items(List<String> items) implements Block {

			public Items {
				items = List.copyOf(items);
			}

		}

	}

}
