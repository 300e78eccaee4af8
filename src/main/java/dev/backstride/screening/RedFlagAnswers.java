package dev.backstride.screening;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One complete set of yes/no answers to the twenty danger-sign questions, keyed by item id. Every
 * item must be answered; a missing or unknown id is refused with a message naming it.
 */
public record RedFlagAnswers(Map<String, Boolean> answers) {

	public RedFlagAnswers {
		Objects.requireNonNull(answers, "answers");
		Map<String, Boolean> given = answers;
		List<String> unknown = given.keySet()
			.stream()
			.map(String::valueOf)
			.filter((id) -> RedFlagItem.byId(id).isEmpty())
			.sorted()
			.toList();
		List<String> missing = Arrays.stream(RedFlagItem.values())
			.map(RedFlagItem::id)
			.filter((id) -> given.get(id) == null)
			.toList();
		if (!unknown.isEmpty() || !missing.isEmpty()) {
			throw new IllegalArgumentException(problem(unknown, missing));
		}
		answers = Map.copyOf(answers);
	}

	/** All twenty answered "no": a convenient start for forms and tests. */
	public static RedFlagAnswers allNo() {
		Map<String, Boolean> map = new java.util.HashMap<>();
		for (RedFlagItem item : RedFlagItem.values()) {
			map.put(item.id(), false);
		}
		return new RedFlagAnswers(map);
	}

	/** A copy with the given items answered "yes". */
	public RedFlagAnswers withYes(RedFlagItem... items) {
		Map<String, Boolean> map = new java.util.HashMap<>(this.answers);
		for (RedFlagItem item : items) {
			map.put(item.id(), true);
		}
		return new RedFlagAnswers(map);
	}

	public boolean yes(RedFlagItem item) {
		return this.answers.get(item.id());
	}

	/** The items answered "yes" that belong to one rule, in questionnaire order. */
	public List<RedFlagItem> yesFor(String ruleId) {
		return RedFlagItem.ofRule(ruleId).stream().filter(this::yes).toList();
	}

	/** Answers in questionnaire order, for storing. */
	public Map<RedFlagItem, Boolean> byItem() {
		Map<RedFlagItem, Boolean> map = new EnumMap<>(RedFlagItem.class);
		for (RedFlagItem item : RedFlagItem.values()) {
			map.put(item, yes(item));
		}
		return map;
	}

	private static String problem(List<String> unknown, List<String> missing) {
		StringBuilder message = new StringBuilder("all 20 danger-sign questions need a yes or no answer");
		if (!missing.isEmpty()) {
			message.append("; missing: ").append(String.join(", ", missing));
		}
		if (!unknown.isEmpty()) {
			message.append("; unknown ids: ").append(String.join(", ", unknown));
		}
		return message.toString();
	}

}
