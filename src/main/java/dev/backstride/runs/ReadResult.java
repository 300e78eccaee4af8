package dev.backstride.runs;

/** What reading one activity file gave: a run's recording, or the reason it cannot be one, in plain words. */
public sealed interface ReadResult {

	record Read(Recording recording) implements ReadResult {
	}

	record Rejected(String reason) implements ReadResult {
	}

}
