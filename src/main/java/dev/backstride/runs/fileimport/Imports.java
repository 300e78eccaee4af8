package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import dev.backstride.account.AccountId;
import dev.backstride.runs.ImportStatus;
import dev.backstride.runs.Runs;
import dev.backstride.runs.jdbc.JdbcImportStore;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Background imports: the uploaded files are spooled under the data directory, the import is
 * recorded in the database (so every app instance sees its progress and can cancel it) and one
 * background thread per instance works through imports in turn. An import whose worker has written
 * nothing for {@link #STALLED} (its instance stopped) is marked failed when next looked at; importing
 * the same files again fills in what is missing.
 */
@Service
public class Imports {

	static final Duration STALLED = Duration.ofMinutes(5);

	/** The most per-file outcomes one status shows. */
	public static final int MAX_RESULTS = 50_000;

	private final Runs runs;

	private final JdbcImportStore store;

	private final Clock clock;

	private final Path spool;

	private final PlatformTransactionManager transactions;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "run-imports");
		thread.setDaemon(true);
		return thread;
	});

	public Imports(Runs runs, JdbcImportStore store, ObjectProvider<Clock> clock,
			@Value("${backstride.data-dir:./data}") String dataDir, PlatformTransactionManager transactions) {
		this.runs = runs;
		this.store = store;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.spool = Path.of(dataDir, "imports");
		this.transactions = transactions;
	}

	/** One uploaded file: the name it came with and its content. */
	public record UploadedFile(String name, InputStreamSource content) {
	}

	/** Where an uploaded file's bytes are read from (a multipart part, a file on disk). */
	public interface InputStreamSource {

		InputStream open() throws IOException;

	}

	/** Spools the files, records the import and starts it in the background; returns its id. */
	public long start(AccountId account, List<UploadedFile> files) {
		if (files.isEmpty()) {
			throw new IllegalArgumentException("Send at least one file.");
		}
		if (files.size() > this.runs.settings().maxUploadFiles()) {
			throw new IllegalArgumentException("Send at most " + this.runs.settings().maxUploadFiles()
					+ " files at once; zip them to send more.");
		}
		List<ImportJob.Upload> uploads = new ArrayList<>();
		try {
			Path dir = Files.createDirectories(this.spool).resolve("upload-" + java.util.UUID.randomUUID());
			Files.createDirectory(dir);
			int n = 0;
			for (UploadedFile file : files) {
				Path target = dir.resolve(Integer.toString(n++));
				try (InputStream in = file.content().open()) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
				uploads.add(new ImportJob.Upload(file.name(), target));
			}
			int total = uploads.stream().mapToInt((u) -> ArchiveWalker.countFiles(u.file())).sum();
			long id = this.store.create(account, total, this.clock.instant());
			ImportJob job = new ImportJob(id, account, total, this.runs, this.store, this.clock,
					this.transactions);
			this.worker.execute(() -> {
				try {
					job.run(uploads);
				}
				finally {
					delete(dir);
				}
			});
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be kept for importing", ex);
		}
	}

	public Optional<ImportStatus> status(AccountId account, long id) {
		this.store.failStalled(account, this.clock.instant().minus(STALLED), this.clock.instant());
		return this.store.find(account, id, MAX_RESULTS);
	}

	public Optional<ImportStatus> latest(AccountId account) {
		return this.store.latest(account).flatMap((id) -> status(account, id));
	}

	/** Cancels a running import of this account; false when there is none with that id running. */
	public boolean cancel(AccountId account, long id) {
		return this.store.cancel(account, id, this.clock.instant());
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a spooled file left behind is removed with the data directory; the import's outcome stands
		}
	}

}
