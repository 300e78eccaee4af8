package dev.backstride.screening;

import java.time.Instant;
import java.util.Objects;

/** One completed danger-sign screening: what was answered, with which profile, what it concluded, and when. */
public record RedFlagScreening(RedFlagAnswers answers, RunnerProfile profile, TriageOutcome outcome,
		Instant screenedAt) {

	public RedFlagScreening {
		Objects.requireNonNull(answers, "answers");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(screenedAt, "screenedAt");
	}

	/** Screens now: triage plus the time stamp. */
	public static RedFlagScreening screen(RedFlagAnswers answers, RunnerProfile profile, Instant at) {
		return new RedFlagScreening(answers, profile, RedFlagRules.triage(answers, profile), at);
	}

}
