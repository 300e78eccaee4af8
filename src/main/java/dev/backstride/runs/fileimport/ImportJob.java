package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.runs.FileOutcome;
import dev.backstride.runs.ImportState;
import dev.backstride.runs.OriginalFile;
import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Recording;
import dev.backstride.runs.Runs;
import dev.backstride.runs.Sports;
import dev.backstride.runs.StoreOutcome;
import dev.backstride.runs.Terrain;
import dev.backstride.runs.jdbc.JdbcImportStore;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One import, run on a background thread: every file gets exactly one outcome, written with the
 * progress. A file that cannot be read or stored is refused and the next one goes on. Files are
 * written in {@link Batch}es (a commit every few hundred files or half a second), each run in a
 * savepoint with its original and outcome, so a kill leaves every run whole or absent. Before each
 * file the job looks in the database whether the import was cancelled, from any instance.
 */
final class ImportJob implements ArchiveWalker.Sink {

	/** An uploaded file, spooled to disk under the name it was uploaded with. */
	record Upload(String name, Path file) {
	}

	private final long id;

	private final AccountId account;

	private final Runs runs;

	private final JdbcImportStore store;

	private final Clock clock;

	private final Batch batch;

	private int done;

	private int total;

	ImportJob(long id, AccountId account, int total, Runs runs, JdbcImportStore store, Clock clock,
			PlatformTransactionManager transactions) {
		this.id = id;
		this.account = account;
		this.total = total;
		this.runs = runs;
		this.store = store;
		this.clock = clock;
		this.batch = new Batch(transactions);
	}

	void run(List<Upload> uploads) {
		try {
			for (Upload upload : uploads) {
				if (!new ArchiveWalker(this.runs.settings(), this).walk(upload.name(), upload.file())) {
					this.batch.commit();
					return;
				}
			}
			this.batch.commit();
			this.store.finish(this.id, ImportState.DONE, this.clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			this.batch.rollback();
			this.store.finish(this.id, ImportState.FAILED, this.clock.instant());
		}
	}

	@Override
	public void found(int files) {
		this.total += files;
	}

	@Override
	public boolean file(String path, byte[] bytes, Optional<String> declaredType) {
		this.batch.begin();
		if (!this.store.running(this.id)) {
			return false;
		}
		return record(outcome(path, bytes, declaredType));
	}

	@Override
	public boolean refused(String path, String reason) {
		this.batch.begin();
		if (!this.store.running(this.id)) {
			return false;
		}
		return record(new FileOutcome.Rejected(path, reason));
	}

	private FileOutcome outcome(String path, byte[] bytes, Optional<String> declaredType) {
		Optional<String> notARun = declaredType.flatMap((type) -> Sports.notARun(type, true));
		if (notARun.isPresent()) {
			return new FileOutcome.Rejected(path, notARun.get());
		}
		try {
			return switch (ActivityFiles.read(bytes, this.runs.settings().maxFileBytes())) {
				case ReadResult.Rejected rejected -> new FileOutcome.Rejected(path, rejected.reason());
				case ReadResult.Read read -> store(path, bytes, read.recording().withDeclaredTerrain(
						declaredType.flatMap(ImportJob::terrain)));
			};
		}
		catch (QuotaExceeded ex) {
			return new FileOutcome.Rejected(path, ex.getMessage());
		}
		catch (RuntimeException ex) {
			return new FileOutcome.Rejected(path, "The file could not be read or stored; it may be damaged.");
		}
	}

	private FileOutcome store(String path, byte[] bytes, Recording recording) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		OriginalFile original = new OriginalFile(name, bytes);
		StoreOutcome outcome = this.batch.inSavepoint(() -> this.runs.store(this.account, recording, original));
		return switch (outcome) {
			case StoreOutcome.Stored stored -> new FileOutcome.Imported(path, stored.runId());
			case StoreOutcome.AlreadyStored same -> new FileOutcome.Duplicate(path, same.runId());
		};
	}

	private boolean record(FileOutcome outcome) {
		this.store.addResult(this.id, this.done, outcome);
		this.done++;
		this.total = Math.max(this.total, this.done);
		this.store.progress(this.id, this.done, this.total, outcome.file(), this.clock.instant());
		this.batch.fileDone();
		return true;
	}

	/** Strava's activity types that say where the run was. */
	static Optional<Terrain> terrain(String stravaType) {
		return switch (stravaType.toLowerCase(Locale.ROOT)) {
			case "trail run" -> Optional.of(Terrain.TRAIL);
			case "virtual run" -> Optional.of(Terrain.TREADMILL);
			default -> Optional.empty();
		};
	}

}
