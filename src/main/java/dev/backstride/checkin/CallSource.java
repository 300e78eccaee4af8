package dev.backstride.checkin;

import dev.backstride.account.AccountId;

/**
 * Where the call that a runner gets today comes from. This module decides the pain-monitoring call
 * ({@link CheckIns#todaysCall}); the call the runner is shown joins it with the rules of modules that
 * read more than check-ins (training load, terrain, the return ladder), which this module must not
 * know. Such a module provides the full call by implementing this interface, so that a check-in's
 * answer carries the same call as the page and {@code GET /api/v1/today} show right after it.
 */
public interface CallSource {

	/** Today's call for the runner, with every rule that applies to it. */
	TodaysCall callFor(AccountId account);

}
