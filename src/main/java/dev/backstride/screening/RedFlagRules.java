package dev.backstride.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The danger-sign rules of PROTOCOL §2, one small named function each, in one list. One "yes" is
 * enough for a rule to fire.
 *
 * <p>
 * Safe choices where the protocol is silent: when the runner's age is unknown, the age-limited rules
 * {@code RF-INFLAM} (under 45) and {@code RF-YOUNG} (under 20) fire on their "yes" as if the age
 * condition were met, because a needless clinician visit costs less than a missed flag. The fracture
 * age context (over 65 for men, over 75 for women; over 65 when sex is other or unknown, the lower
 * limit) is shown only with another flag and only when the age is known; it never fires alone and
 * is not listed in the rule ids.
 */
public final class RedFlagRules {

	/** A rule: the answers and profile in, a flag out when it fires. */
	public interface Rule extends BiFunction<RedFlagAnswers, RunnerProfile, Optional<RedFlag>> {

	}

	public static final List<Rule> RULES = List.of(RedFlagRules::caudaEquina, RedFlagRules::fracture,
			RedFlagRules::cancer, RedFlagRules::infection, RedFlagRules::inflammatory, RedFlagRules::young,
			RedFlagRules::nerve, RedFlagRules::persisting);

	static final int INFLAM_AGE_LIMIT = 45;

	static final int YOUNG_AGE_LIMIT = 20;

	private RedFlagRules() {
	}

	public static TriageOutcome triage(RedFlagAnswers answers, RunnerProfile profile) {
		List<RedFlag> flags = new ArrayList<>();
		for (Rule rule : RULES) {
			rule.apply(answers, profile).ifPresent(flags::add);
		}
		List<String> context = flags.isEmpty() ? List.of() : fractureAgeContext(profile).stream().toList();
		return TriageOutcome.of(flags, context);
	}

	static Optional<RedFlag> caudaEquina(RedFlagAnswers answers, RunnerProfile profile) {
		return anyYes(answers, RuleIds.CES);
	}

	static Optional<RedFlag> fracture(RedFlagAnswers answers, RunnerProfile profile) {
		return anyYes(answers, RuleIds.FRACTURE);
	}

	static Optional<RedFlag> cancer(RedFlagAnswers answers, RunnerProfile profile) {
		return anyYes(answers, RuleIds.CANCER);
	}

	static Optional<RedFlag> infection(RedFlagAnswers answers, RunnerProfile profile) {
		return anyYes(answers, RuleIds.INFECTION);
	}

	/** Under 45 only; unknown age fires (safe side). */
	static Optional<RedFlag> inflammatory(RedFlagAnswers answers, RunnerProfile profile) {
		return profile.underOrUnknown(INFLAM_AGE_LIMIT) ? anyYes(answers, RuleIds.INFLAM) : Optional.empty();
	}

	/** Under 20 only; unknown age fires (safe side). */
	static Optional<RedFlag> young(RedFlagAnswers answers, RunnerProfile profile) {
		return profile.underOrUnknown(YOUNG_AGE_LIMIT) ? anyYes(answers, RuleIds.YOUNG) : Optional.empty();
	}

	static Optional<RedFlag> nerve(RedFlagAnswers answers, RunnerProfile profile) {
		return anyYes(answers, RuleIds.NERVE);
	}

	static Optional<RedFlag> persisting(RedFlagAnswers answers, RunnerProfile profile) {
		return anyYes(answers, RuleIds.PERSIST);
	}

	/** Age as fracture context: over 65 for men, over 75 for women, over 65 otherwise. */
	static Optional<String> fractureAgeContext(RunnerProfile profile) {
		if (profile.ageYears() == null) {
			return Optional.empty();
		}
		int limit = (profile.sex() == RunnerProfile.Sex.FEMALE) ? 75 : 65;
		if (profile.ageYears() <= limit) {
			return Optional.empty();
		}
		return Optional.of("Being over " + limit
				+ " adds to the reasons to have your back checked, alongside the other signs above.");
	}

	private static Optional<RedFlag> anyYes(RedFlagAnswers answers, String ruleId) {
		List<RedFlagItem> yes = answers.yesFor(ruleId);
		return yes.isEmpty() ? Optional.empty() : Optional.of(RedFlag.ofItems(ruleId, yes));
	}

}
