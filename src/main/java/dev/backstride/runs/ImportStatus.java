package dev.backstride.runs;

import java.util.List;
import java.util.Optional;

/**
 * A background import as anyone (any app instance) can see it: its state, files done of the total
 * known so far (an archive's nested archives add theirs as they are opened), the file it is on, and
 * each finished file's outcome.
 */
public record ImportStatus(long id, ImportState state, int done, int total, Optional<String> currentFile,
		List<FileOutcome> results) {

	public int percent() {
		return this.total == 0 ? (this.state == ImportState.RUNNING ? 0 : 100) : Math.min(100, 100 * this.done / this.total);
	}

}
