package dev.backstride.runs;

/** What storing an imported run did: stored it, or found the same run already stored. */
public sealed interface StoreOutcome {

	long runId();

	record Stored(long runId) implements StoreOutcome {
	}

	record AlreadyStored(long runId) implements StoreOutcome {
	}

}
