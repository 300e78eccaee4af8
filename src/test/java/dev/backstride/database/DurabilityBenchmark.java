package dev.backstride.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The figures behind the README's durability table: runs the app in its own JVM, writes with four
 * writers until {@code target} writes were acknowledged, kills it with SIGKILL, starts it again on the
 * same directory, and in the end counts the acknowledged writes the database lost.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.backstride.database.DurabilityBenchmark MODE ROUNDS TARGET
 * </pre>
 * MODE is {@code default} (as shipped), or {@code delay0} (the URL with {@code WRITE_DELAY=0} and no
 * persisting), or anything else, passed to the app as {@code backstride.database.h2-persist}.
 */
public final class DurabilityBenchmark {

	private DurabilityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args.length > 0 ? args[0] : "default";
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		int target = args.length > 2 ? Integer.parseInt(args[2]) : 400;
		Path dir = Files.createTempDirectory("durability-");
		String[] appArgs = switch (mode) {
			case "default" -> new String[0];
			case "delay0" -> new String[] { "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("backstride")
					+ ";AUTO_SERVER=FALSE;WRITE_DELAY=0", "--backstride.database.h2-persist=off" };
			default -> new String[] { "--backstride.database.h2-persist=" + mode };
		};
		Acknowledged acknowledged = new Acknowledged();
		long acks = 0;
		double seconds = 0;
		for (int round = 1; round <= rounds; round++) {
			try (AppProcess app = AppProcess.start(dir, dir.resolve("app-" + round + ".log"), appArgs)) {
				long start = System.nanoTime();
				WriteLoop loop = WriteLoop.start(app.port(), 4, round, acknowledged, target);
				if (!loop.awaitAcknowledged(Duration.ofMinutes(5))) {
					throw new IllegalStateException("too slow: " + loop.acks() + " acks\n" + app.logTail());
				}
				double elapsed = (System.nanoTime() - start) / 1e9;
				app.kill();
				loop.awaitEnd(Duration.ofMinutes(1));
				acks += acknowledged.count(round);
				seconds += elapsed;
				System.out.printf("run %d: %d acknowledged (%d refused) in %.1f s = %.0f writes/s%n", round,
						acknowledged.count(round), loop.refused(), elapsed, target / elapsed);
			}
		}
		List<Acknowledged.Lost> lost = acknowledged.lost(Acknowledged.Stored.read(dir), rounds);
		int total = lost.stream().mapToInt(Acknowledged.Lost::total).sum();
		lost.forEach(System.out::println);
		System.out.printf("%s: lost %d of %d acknowledged writes over %d kills; %.0f writes/s; ids given twice: %d%n",
				mode, total, acks, rounds, acks / seconds, acknowledged.reusedIds().size());
		acknowledged.reusedIds().stream().limit(5).forEach(System.out::println);
	}

}
