package dev.backstride.screening;

import java.time.Instant;
import java.util.List;

import dev.backstride.account.AccountId;

/** A screening found danger signs: the plan is paused (PROTOCOL §2, P-PAUSE). */
public record RedFlagRaised(AccountId account, TriageLevel level, List<String> ruleIds, Instant screenedAt) {

	public RedFlagRaised {
		ruleIds = List.copyOf(ruleIds);
	}

}
