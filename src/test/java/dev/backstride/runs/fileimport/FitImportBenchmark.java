package dev.backstride.runs.fileimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.garmin.fit.Decode;
import dev.backstride.account.AccountId;
import dev.backstride.runs.ImportState;
import dev.backstride.runs.Runs;
import dev.backstride.runs.jdbc.JdbcImportStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every real FIT file of src/test/resources/running (16 files and the gzipped one unpacked, 1.6 MB,
 * 7 runs among them), three ways in one run:
 * <ul>
 * <li>{@code sdkDecode}: Garmin's FIT SDK decoding them, messages handed to a listener that only looks
 * at their number (the baseline);</li>
 * <li>{@code backstrideRead}: Backstride's own reader, from bytes to each file's run or refusal;</li>
 * <li>{@code backstrideImport}: the whole import as the app does it, from the spooled files through
 * {@link ImportJob} (read, facts, duplicate check, quota, store with the original, one outcome per
 * file, progress) into the app's H2 file with every commit forced to disk; the runs are deleted
 * between invocations so that each one stores them again.</li>
 * </ul>
 * ms/op is per all 17 files; MB/s = 1.60 / (ms/op / 1000).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FitImportBenchmark {

	private List<byte[]> files;

	private List<ImportJob.Upload> uploads;

	private BenchApp app;

	private AccountId runner;

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.files = FitDecoderTests.fitFiles()
			.filter((f) -> !f.path().startsWith("bad/"))
			.map(FitDecoderTests::plain)
			.toList();
		this.app = new BenchApp();
		this.runner = this.app.newAccount();
		this.uploads = new ArrayList<>();
		Path dir = Files.createDirectories(this.app.dataDir.resolve("bench-files"));
		for (int i = 0; i < this.files.size(); i++) {
			Path file = dir.resolve(i + ".fit");
			Files.write(file, this.files.get(i));
			this.uploads.add(new ImportJob.Upload(i + ".fit", file));
		}
	}

	@Setup(Level.Invocation)
	public void forgetRuns() {
		JdbcClient jdbc = this.app.bean(JdbcClient.class);
		jdbc.sql("delete from run_original where run_id in (select id from run where account_id = ?)")
			.param(this.runner.value())
			.update();
		jdbc.sql("delete from run where account_id = ?").param(this.runner.value()).update();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.app.close();
	}

	@Benchmark
	public void sdkDecode(Blackhole bh) {
		for (byte[] file : this.files) {
			bh.consume(new Decode().read(new ByteArrayInputStream(file), (mesg) -> bh.consume(mesg.getNum())));
		}
	}

	@Benchmark
	public void backstrideRead(Blackhole bh) {
		for (byte[] file : this.files) {
			bh.consume(ActivityFiles.read(file, 1 << 25));
		}
	}

	@Benchmark
	public int backstrideImport() {
		JdbcImportStore store = this.app.bean(JdbcImportStore.class);
		long id = store.create(this.runner, this.uploads.size(), Clock.systemUTC().instant());
		new ImportJob(id, this.runner, this.uploads.size(), this.app.bean(Runs.class), store, Clock.systemUTC(),
				this.app.bean(PlatformTransactionManager.class))
			.run(this.uploads);
		var status = store.find(this.runner, id, 100).orElseThrow();
		if (status.state() != ImportState.DONE || status.done() != this.uploads.size()) {
			throw new IllegalStateException("the import did not finish: " + status);
		}
		return status.done();
	}

}
