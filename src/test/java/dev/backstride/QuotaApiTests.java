package dev.backstride;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import dev.backstride.ApiClient.Reply;
import dev.backstride.motion.MotionSamples;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-account quotas over the API ({@link QuotaTest} sets them small): at a daily limit the answer is
 * 429 with Retry-After, at a limit on what the account holds 409, each with a problem body in plain
 * words, and nothing more is stored. Parallel requests of one account do not overshoot.
 */
@QuotaTest
class QuotaApiTests {

	private static final String CHECK_IN = "{\"painNow\":1,\"worstPain24h\":2}";

	/** A check-in for a day some days back: one runner has one check-in per day. */
	private static String checkIn(int daysBack) {
		return "{\"painNow\":1,\"worstPain24h\":2,\"date\":\"" + LocalDate.now().minusDays(daysBack)
				+ "\"}";
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesTheFourthCheckInOfTheDayAndStoresNothingMore() {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (int i = 0; i < 3; i++) {
			assertThat(runner.post("/api/v1/checkins", checkIn(i)).status()).isEqualTo(201);
		}
		// a new answer for a day already checked in replaces it and is not refused
		assertThat(runner.post("/api/v1/checkins", checkIn(1)).status()).isEqualTo(200);
		Reply refused = runner.post("/api/v1/checkins", checkIn(3));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("You have saved 3 check-ins today, the most for one day. Nothing more was saved; you can add"
					+ " more tomorrow.");
		assertThat(refused.json().get("title").asString()).isEqualTo("Daily limit reached");
		assertThat(count("check_in", runner)).isEqualTo(3);
		// other runners are not affected
		assertThat(new ApiClient(this.port).signUp().post("/api/v1/checkins", CHECK_IN).status()).isEqualTo(201);
	}

	@Test
	void saysWhenADailyLimitLifts() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (int i = 1; i <= 3; i++) {
			runner.post("/api/v1/checkins", checkIn(i));
		}
		var http = java.net.http.HttpClient.newHttpClient();
		var reply = http.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/v1/checkins"))
			.header("Authorization", "Bearer " + runner.token())
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(CHECK_IN))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 24L * 3600 + 3600);
	}

	@Test
	void refusesACheckInOverTheTotalWith409() {
		ApiClient runner = new ApiClient(this.port).signUp();
		long id = accountId(runner);
		for (int i = 1; i <= 10; i++) {
			this.jdbc.sql("""
					insert into check_in (account_id, check_in_date, recorded_at, pain_now, worst_pain_24h, locations,
					kinds, timing, new_or_changed_symptoms) values (?, ?, ?, 1, 2, '', '', '', false)""")
				.params(id, LocalDate.now().minusDays(i), OffsetDateTime.now().minusDays(i))
				.update();
		}
		Reply refused = runner.post("/api/v1/checkins", CHECK_IN);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString())
			.startsWith("Your account holds 10 check-ins, the most one account may keep. Nothing more was saved.");
		assertThat(count("check_in", runner)).isEqualTo(10);
	}

	@Test
	void parallelCheckInsOfOneRunnerDoNotOvershootTheDailyLimit() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		List<Future<Integer>> replies = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
			for (int i = 0; i < 15; i++) {
				String body = checkIn(i);
				replies.add(pool.submit(() -> new ApiClient(this.port).withToken(runner.token())
					.post("/api/v1/checkins", body)
					.status()));
			}
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> reply : replies) {
			statuses.add(reply.get());
		}
		assertThat(statuses).filteredOn((s) -> s == 201).hasSize(3);
		assertThat(statuses).filteredOn((s) -> s == 429).hasSize(12);
		assertThat(count("check_in", runner)).isEqualTo(3);
	}

	@Test
	void refusesATokenBeyondTheActiveLimitUntilOneIsRevoked() {
		ApiClient runner = new ApiClient(this.port).signUp();
		assertThat(runner.post("/api/v1/tokens", "{\"name\":\"two\"}").status()).isEqualTo(201);
		Reply third = runner.post("/api/v1/tokens", "{\"name\":\"three\"}");
		assertThat(third.status()).isEqualTo(201);
		Reply refused = runner.post("/api/v1/tokens", "{\"name\":\"four\"}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("Your account holds 3 active access tokens, the most one account may keep. Nothing more was"
					+ " saved. Revoke a token you no longer use, then create a new one.");
		assertThat(count("access_token", runner)).isEqualTo(3);
		assertThat(runner.delete("/api/v1/tokens/" + third.json().get("id").asLong()).status()).isEqualTo(204);
		assertThat(runner.post("/api/v1/tokens", "{\"name\":\"four\"}").status()).isEqualTo(201);
	}

	@Test
	void refusesTheThirdScreeningAndQuestionnaireOfTheDay() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String answers = Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"));
		String risk = "{\"items\":[0,0,0,0,0,0,0,0],\"bothersomeness\":0}";
		String function = "{\"sections\":[0,0,0,0,0,0,0,0,0,0]}";
		for (int i = 0; i < 2; i++) {
			assertThat(runner.post("/api/v1/screenings/red-flags", answers).status()).isEqualTo(200);
			assertThat(runner.post("/api/v1/questionnaires/risk/responses", risk).status()).isEqualTo(201);
			assertThat(runner.post("/api/v1/questionnaires/function/responses", function).status()).isEqualTo(201);
			assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isBetween(200, 201);
		}
		Reply screening = runner.post("/api/v1/screenings/red-flags", answers);
		assertThat(screening.status()).isEqualTo(429);
		assertThat(screening.json().get("detail").asString()).contains("safety questions")
			.contains("get medical care straight away");
		assertThat(runner.post("/api/v1/questionnaires/risk/responses", risk).status()).isEqualTo(429);
		assertThat(runner.post("/api/v1/questionnaires/function/responses", function).status()).isEqualTo(429);
		assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(429);
		assertThat(count("red_flag_screening", runner)).isEqualTo(2);
		assertThat(count("risk_response", runner)).isEqualTo(2);
		assertThat(count("function_response", runner)).isEqualTo(2);
		assertThat(count("clearance", runner)).isEqualTo(2);
	}

	@Test
	void refusesTheThirdRecordingOfTheDay() {
		ApiClient runner = new ApiClient(this.port).signUp();
		for (int i = 0; i < 2; i++) {
			assertThat(runner.post("/api/v1/motion/imu", MotionSamples.json(MotionSamples.aRun(60 + i))).status())
				.isEqualTo(201);
		}
		Reply refused = runner.post("/api/v1/motion/imu", MotionSamples.json(MotionSamples.aRun(62)));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("detail").asString()).startsWith("You have saved 2 recordings today");
		assertThat(count("motion_analysis", runner)).isEqualTo(2);
	}

	@Test
	void refusesARecordingWhoseReportWouldPassTheByteBudget() {
		ApiClient runner = new ApiClient(this.port).signUp();
		this.jdbc.sql("""
				insert into motion_analysis (account_id, created_at, source, samples, duration_s, strides, cadence_spm,
				tilt_mean, tilt_sd, obliquity_mean, obliquity_sd, drop_left, drop_right, rotation_mean, rotation_sd,
				asymmetry_pct, report, report_bytes)
				values (?, timestamp with time zone '2026-01-01 00:00:00+00', 'old', 1000, 10, 20, 170, 6, 1, 4, 1, 4, 4,
				8, 2, 3, '{}', 9999000)""")
			.param(accountId(runner))
			.update();
		Reply refused = runner.post("/api/v1/motion/imu", MotionSamples.json(MotionSamples.aRun(63)));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("Your stored pelvis reports take 10 MB of the 10 MB one account may keep, and this one would not"
					+ " fit. Nothing was saved.");
		assertThat(count("motion_analysis", runner)).isEqualTo(1);
	}

	private long accountId(ApiClient runner) {
		return this.jdbc.sql("select account_id from access_token where token_hash = ?")
			.param(dev.backstride.account.TokenSecrets.hash(runner.token()))
			.query(Long.class)
			.single();
	}

	private long count(String table, ApiClient runner) {
		return this.jdbc.sql("select count(*) from " + table + " where account_id = ?")
			.param(accountId(runner))
			.query(Long.class)
			.single();
	}

}
