package dev.backstride.motion.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import dev.backstride.QuotaTest;
import dev.backstride.motion.MotionSamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages say in plain words when a quota refused a write ({@link QuotaTest} sets them small). */
@QuotaTest
class LimitPagesTests {

	@LocalServerPort
	int port;

	@Test
	void theCheckInFormSaysTheDailyLimitWasReached() {
		PageSession runner = PageSession.signedUp(this.port);
		// one check-in per day: three days filled in, then a fourth day is one too many for today
		for (int i = 0; i < 3; i++) {
			runner.get("/checkin");
			assertThat(runner.form("/checkin", "painNow", "1", "worstPain24h", "2", "date", daysBack(i)).statusCode())
				.isEqualTo(302);
		}
		runner.get("/checkin");
		HttpResponse<String> refused = runner.form("/checkin", "painNow", "1", "worstPain24h", "2", "date", daysBack(3));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("You have saved 3 check-ins today, the most for one day.");
	}

	private static String daysBack(int days) {
		return LocalDate.now().minusDays(days).toString();
	}

	@Test
	void theMotionPageSaysTheDailyLimitWasReached() {
		PageSession runner = PageSession.signedUp(this.port);
		for (int i = 0; i < 2; i++) {
			runner.get("/motion");
			assertThat(runner.upload("/motion/upload", "Run.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(80 + i)))
				.headers()
				.firstValue("Location")
				.orElseThrow()).matches(".*/motion/\\d+");
		}
		runner.get("/motion");
		HttpResponse<String> refused = runner.upload("/motion/upload", "Run.zip",
				MotionSamples.sensorLoggerZip(MotionSamples.aRun(82)));
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/motion");
		assertThat(runner.get("/motion").body()).contains("You have saved 2 recordings today, the most for one day.");
	}

	@Test
	void theTokensPageSaysTheLimitWasReached() {
		PageSession runner = PageSession.signedUp(this.port);
		for (int i = 0; i < 3; i++) {
			runner.get("/tokens");
			runner.form("/tokens", "name", "token " + i);
		}
		runner.get("/tokens");
		runner.form("/tokens", "name", "one too many");
		assertThat(runner.get("/tokens").body()).contains("active access tokens, the most one account may keep")
			.doesNotContain("one too many");
	}

}
