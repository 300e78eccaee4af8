package dev.backstride.screening;

import java.util.List;
import java.util.Map;

/**
 * One rule of PROTOCOL §2 that fired, the items answered "yes" behind it, and a kind
 * explanation in plain words (the rule id is a field of its own).
 */
public record RedFlag(String ruleId, List<String> itemIds, String reason) {

	private static final Map<String, String> REASONS = Map.of(
			RuleIds.CES, "Your answers include signs that need a doctor's check today.",
			RuleIds.FRACTURE, "A fall, long-term steroids or thin bones mean a clinician should check your back first.",
			RuleIds.CANCER, "Your answers about past illness, weight or constant pain are worth a clinician's look.",
			RuleIds.INFECTION, "Feeling unwell, a recent infection or a weaker immune system are worth a clinician's look.",
			RuleIds.INFLAM, "Long-lasting morning stiffness that eases with movement is worth a clinician's look.",
			RuleIds.NERVE, "Pain below the knee with numbness or weakness in that leg is worth a clinician's look.",
			RuleIds.YOUNG, "In young runners, pain that is worse arching backward is worth a clinician's look.",
			RuleIds.PERSIST, "Pain that has not eased after 6 weeks of the program is worth a clinician's look.");

	public RedFlag {
		if (!REASONS.containsKey(ruleId)) {
			throw new IllegalArgumentException("not a red-flag rule id: " + ruleId);
		}
		itemIds = List.copyOf(itemIds);
	}

	/** The flag for a rule, with its standard explanation. */
	public static RedFlag of(String ruleId, List<String> itemIds) {
		return new RedFlag(ruleId, itemIds, REASONS.getOrDefault(ruleId, ruleId));
	}

	static RedFlag ofItems(String ruleId, List<RedFlagItem> items) {
		return of(ruleId, items.stream().map(RedFlagItem::id).toList());
	}

	public boolean emergency() {
		return RuleIds.CES.equals(this.ruleId);
	}

}
