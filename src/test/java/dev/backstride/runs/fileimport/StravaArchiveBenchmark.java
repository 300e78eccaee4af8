package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.backstride.account.AccountId;
import dev.backstride.runs.FileOutcome;
import dev.backstride.runs.ImportState;
import dev.backstride.runs.ImportStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A generated Strava bulk export of {@code runs} runs ({@link StravaArchives}: the real FIT runs
 * repeated a day apart, half of them gzipped, with activities.csv) imported end to end by the app's
 * import service on its H2 file: spooled, counted, walked and stored on the background thread, timed
 * from the call until the import reads DONE (its status read every 250 ms, as the page does every
 * second). Each iteration imports into a new account and prints the CPU time the app used. The
 * target is 1,000 runs in under 15 s on 2 cores.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class StravaArchiveBenchmark {

	@Param("1000")
	public int runs;

	private BenchApp app;

	private Path archive;

	private AccountId runner;

	@Setup(Level.Trial)
	public void start() {
		this.app = new BenchApp();
		this.archive = StravaArchives.write(this.app.dataDir.resolve("export.zip"), this.runs);
	}

	@Setup(Level.Iteration)
	public void newRunner() {
		this.runner = this.app.newAccount();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.app.close();
	}

	@Benchmark
	public ImportStatus importArchive() throws InterruptedException {
		Imports imports = this.app.bean(Imports.class);
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long cpu = os.getProcessCpuTime();
		long wall = System.nanoTime();
		long id = imports.start(this.runner,
				List.of(new Imports.UploadedFile("export.zip", () -> Files.newInputStream(this.archive))));
		ImportStatus status = imports.status(this.runner, id).orElseThrow();
		while (status.state() == ImportState.RUNNING) {
			Thread.sleep(250);
			status = imports.status(this.runner, id).orElseThrow();
		}
		long imported = status.results().stream().filter(FileOutcome.Imported.class::isInstance).count();
		if (status.state() != ImportState.DONE || imported != this.runs) {
			throw new IllegalStateException(status.state() + ", " + imported + " imported of " + this.runs + ": "
					+ status.results().stream().filter((r) -> !(r instanceof FileOutcome.Imported)).limit(3).toList());
		}
		// the machine is shared: the CPU the app used says more than the wall time what an idle machine would take
		System.out.printf("%n%d runs: %.1f s wall, %.1f s CPU (all threads of the app), load %.1f%n", this.runs,
				(System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, os.getSystemLoadAverage());
		return status;
	}

}
