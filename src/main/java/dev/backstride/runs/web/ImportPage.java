package dev.backstride.runs.web;

import java.util.List;

import dev.backstride.runs.FileOutcome;
import dev.backstride.runs.ImportState;
import dev.backstride.runs.ImportStatus;

/** An import in the words the import page shows. */
record ImportPage(long id, boolean running, String headline, int done, int total, int percent, String current,
		long imported, long duplicates, long refused, List<Line> lines) {

	record Line(String file, String outcome, String words, Long runId) {
	}

	private static String files(int n) {
		return n == 1 ? "1 file" : n + " files";
	}

	static ImportPage of(ImportStatus s) {
		List<Line> lines = s.results().stream().map(ImportPage::line).toList();
		long imported = s.results().stream().filter(FileOutcome.Imported.class::isInstance).count();
		long duplicates = s.results().stream().filter(FileOutcome.Duplicate.class::isInstance).count();
		long refused = s.results().stream().filter(FileOutcome.Rejected.class::isInstance).count();
		String headline = switch (s.state()) {
			case RUNNING -> "Importing: " + s.done() + " of " + files(s.total()) + " done.";
			case DONE -> "Import finished: " + files(s.done()) + " looked at.";
			case CANCELLED -> "Import cancelled after " + files(s.done()) + ". The runs imported so far stay in your log.";
			case FAILED -> "The import stopped after " + files(s.done()) + ". Import the same files again to fill in the"
					+ " rest; runs already imported are not doubled.";
		};
		return new ImportPage(s.id(), s.state() == ImportState.RUNNING, headline, s.done(), s.total(), s.percent(),
				s.currentFile().orElse(""), imported, duplicates, refused, lines);
	}

	private static Line line(FileOutcome outcome) {
		return switch (outcome) {
			case FileOutcome.Imported i -> new Line(i.file(), "IMPORTED", "Imported.", i.runId());
			case FileOutcome.Duplicate d -> new Line(d.file(), "DUPLICATE", "Already in your log.", d.runId());
			case FileOutcome.Rejected r -> new Line(r.file(), "REJECTED", "Not imported. " + r.reason(), null);
		};
	}

}
