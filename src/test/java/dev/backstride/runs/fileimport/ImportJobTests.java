package dev.backstride.runs.fileimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import dev.backstride.BackstrideTest;
import dev.backstride.TestAccounts;
import dev.backstride.account.AccountId;
import dev.backstride.runs.ImportState;
import dev.backstride.runs.ImportStatus;
import dev.backstride.runs.Runs;
import dev.backstride.runs.jdbc.JdbcImportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An import's worker, run in the test's own thread: cancelling from anywhere stops it before the next file. */
@BackstrideTest
class ImportJobTests {

	@Autowired
	Runs runs;

	@Autowired
	JdbcImportStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	@Test
	void aCancelledImportReadsNoFurtherFileAndStaysCancelled() throws Exception {
		AccountId runner = TestAccounts.create(this.jdbc);
		Path archive = this.dir.resolve("export.zip");
		Files.write(archive, Archives.zip()
			.add("a.fit", RealFiles.all().get(0).bytes())
			.add("b.fit", RealFiles.all().get(1).bytes())
			.bytes());
		long id = this.store.create(runner, 2, Clock.systemUTC().instant());
		assertThat(this.store.cancel(runner, id, Clock.systemUTC().instant())).isTrue();
		new ImportJob(id, runner, 2, this.runs, this.store, Clock.systemUTC(), this.transactions)
			.run(List.of(new ImportJob.Upload("export.zip", archive)));
		ImportStatus status = this.store.find(runner, id, 100).orElseThrow();
		assertThat(status.state()).isEqualTo(ImportState.CANCELLED);
		assertThat(status.done()).isZero();
		assertThat(status.results()).isEmpty();
		assertThat(this.runs.find(runner, 1)).isEmpty();
	}

	@Test
	void aRunningImportFinishesDoneWithOneOutcomePerFile() throws Exception {
		AccountId runner = TestAccounts.create(this.jdbc);
		Path archive = this.dir.resolve("export.zip");
		Files.write(archive, Archives.zip()
			.add("a.fit", RealFiles.all().get(0).bytes())
			.add("b.fit", RealFiles.all().get(0).bytes())
			.add("c.gpx", "<gpx".getBytes())
			.bytes());
		long id = this.store.create(runner, 3, Clock.systemUTC().instant());
		new ImportJob(id, runner, 3, this.runs, this.store, Clock.systemUTC(), this.transactions)
			.run(List.of(new ImportJob.Upload("export.zip", archive)));
		ImportStatus status = this.store.find(runner, id, 100).orElseThrow();
		assertThat(status.state()).isEqualTo(ImportState.DONE);
		assertThat(status.results()).extracting((r) -> r.getClass().getSimpleName())
			.containsExactly("Imported", "Duplicate", "Rejected");
		assertThat(this.store.cancel(runner, id, Clock.systemUTC().instant())).isFalse();
	}

}
