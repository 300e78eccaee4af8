package dev.backstride.checkin;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One reason behind today's call: a plain sentence for the runner, and the id of the rule it comes from
 * (shown as a "why?" link, returned by the API as data).
 */
public record Reason(String ruleId, String text) {

	public Reason {
		if (ruleId.isBlank() || text.isBlank()) {
			throw new IllegalArgumentException("a reason needs a rule id and a sentence");
		}
	}

	/** The rule ids of the reasons, each once, in order. */
	static List<String> ids(List<Reason> reasons) {
		return List.copyOf(new LinkedHashSet<>(reasons.stream().map(Reason::ruleId).toList()));
	}

	static List<String> texts(List<Reason> reasons) {
		return reasons.stream().map(Reason::text).toList();
	}

	/**
	 * For callers that only have the texts and the ids: the i-th text is put down to the i-th id, the
	 * texts past the last id to the last id.
	 */
	static List<Reason> pair(List<String> ruleIds, List<String> texts) {
		if (ruleIds.isEmpty()) {
			throw new IllegalArgumentException("reasons need at least one rule id");
		}
		return java.util.stream.IntStream.range(0, texts.size())
			.mapToObj((i) -> new Reason(ruleIds.get(Math.min(i, ruleIds.size() - 1)), texts.get(i)))
			.toList();
	}

}
