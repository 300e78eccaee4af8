package dev.backstride.runs.web;

import java.util.List;

import dev.backstride.runs.FileOutcome;
import dev.backstride.runs.ImportStatus;
import org.jspecify.annotations.Nullable;

/** An import as the API shows it. */
record ImportView(long importId, String state, int done, int total, @Nullable String currentFile,
		List<Result> results) {

	record Result(String file, String outcome, @Nullable String reason, @Nullable Long runId) {

		static Result of(FileOutcome outcome) {
			return switch (outcome) {
				case FileOutcome.Imported i -> new Result(i.file(), "IMPORTED", null, i.runId());
				case FileOutcome.Duplicate d -> new Result(d.file(), "DUPLICATE",
						"The same run is already in your log.", d.runId());
				case FileOutcome.Rejected r -> new Result(r.file(), "REJECTED", r.reason(), null);
			};
		}

	}

	static ImportView of(ImportStatus status) {
		return new ImportView(status.id(), status.state().name(), status.done(), status.total(),
				status.currentFile().orElse(null), status.results().stream().map(Result::of).toList());
	}

}
