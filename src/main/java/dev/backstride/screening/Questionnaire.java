package dev.backstride.screening;

import java.util.List;

/**
 * A questionnaire definition in Backstride's own terms, read from a FHIR {@code Questionnaire}
 * resource: its id ({@code risk} or {@code function}), canonical url, title, description and items.
 */
public record Questionnaire(String id, String url, String title, String description, List<Item> items) {

	public Questionnaire {
		if (id.isBlank() || title.isBlank()) {
			throw new IllegalArgumentException("a questionnaire needs an id and a title");
		}
		items = List.copyOf(items);
	}

	/** One question with its answer options, in order. */
	public record Item(String linkId, String text, boolean required, List<Option> options) {

		public Item {
			if (linkId.isBlank() || text.isBlank() || options.isEmpty()) {
				throw new IllegalArgumentException("item " + linkId + " needs a link id, text and options");
			}
			options = List.copyOf(options);
		}

		/** The score of the option with this code. */
		public int scoreOf(String code) {
			return this.options.stream()
				.filter((option) -> option.code().equals(code))
				.findFirst()
				.map(Option::score)
				.orElseThrow(() -> new IllegalArgumentException(
						"item " + this.linkId + " has no answer option " + code));
		}

	}

	/** One answer option: a code, the text shown, and its score. */
	public record Option(String code, String display, int score) {

		public Option {
			if (code.isBlank() || display.isBlank()) {
				throw new IllegalArgumentException("an answer option needs a code and display text");
			}
		}

	}

	public Item item(String linkId) {
		return this.items.stream()
			.filter((item) -> item.linkId().equals(linkId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(this.id + " has no item " + linkId));
	}

}
