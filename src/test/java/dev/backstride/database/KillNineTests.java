package dev.backstride.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default database keeps every write it acknowledged when the process is killed without warning:
 * the app runs in a JVM of its own on an H2 file, four writers keep it busy, and it is killed with
 * SIGKILL in the middle of their writes, then started again on the same directory, three times.
 * Afterwards every account, check-in and access token that got a 2xx is in the file, and no id was
 * handed out twice.
 */
class KillNineTests {

	private static final int KILLS = 3;

	/** Acknowledged writes per run before the kill: some seconds of writing on a busy machine. */
	private static final int WRITES_BEFORE_KILL = 60;

	@TempDir
	Path dataDir;

	@Test
	@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
	void acknowledgedWritesSurviveKillNineAndNoIdIsGivenTwice() throws Exception {
		Acknowledged acknowledged = new Acknowledged();
		for (int round = 1; round <= KILLS; round++) {
			try (AppProcess app = AppProcess.start(this.dataDir, this.dataDir.resolve("app-" + round + ".log"))) {
				WriteLoop loop = WriteLoop.start(app.port(), 4, round, acknowledged, WRITES_BEFORE_KILL);
				assertThat(loop.awaitAcknowledged(Duration.ofMinutes(3)))
					.as("the app acknowledged only %d writes (%d refused); its log:%n%s", loop.acks(), loop.refused(),
							app.logTail())
					.isTrue();
				app.kill();
				loop.awaitEnd(Duration.ofMinutes(1));
			}
		}
		List<Acknowledged.Lost> lost = acknowledged.lost(Acknowledged.Stored.read(this.dataDir), KILLS);
		assertThat(lost).as("acknowledged writes missing after each kill").allSatisfy(run -> assertThat(run.total()).isZero());
		assertThat(acknowledged.reusedIds()).isEmpty();
		assertThat(acknowledged.count(KILLS)).isGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
	}

}
