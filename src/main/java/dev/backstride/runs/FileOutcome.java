package dev.backstride.runs;

/**
 * What became of one file of an import: {@code file} is the uploaded name, or the path inside the
 * archive for an archive's entries.
 */
public sealed interface FileOutcome {

	String file();

	record Imported(String file, long runId) implements FileOutcome {
	}

	record Duplicate(String file, long runId) implements FileOutcome {
	}

	record Rejected(String file, String reason) implements FileOutcome {
	}

}
