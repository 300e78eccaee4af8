package dev.backstride.motion.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.backstride.BackstrideTest;
import dev.backstride.account.AccountId;
import dev.backstride.motion.MotionSamples;
import dev.backstride.screening.RiskAnswers;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.jdbc.JdbcQuestionnaireResponses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that list things show 50 rows at a time with an "Older" link, which walks to the oldest row
 * without repeating one.
 */
@BackstrideTest
class ListPagesTests {

	private static final Pattern OLDER = Pattern.compile("href=\"([^\"]+)\" id=\"older-link\"");

	private static final Pattern REPORT = Pattern.compile("href=\"/motion/(\\d+)\">\\d+ \\w+ \\d{4}, \\d\\d:\\d\\d</a>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMeasurementsPageShowsFiftyAtATimeWithTheBaselineOnTheLast() {
		PageSession runner = PageSession.signedUp(this.port);
		runner.get("/motion");
		String location = runner.upload("/motion/upload", "Run.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(71)))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		long first = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 0; i < 60; i++) {
			this.jdbc.sql("""
					insert into motion_analysis (account_id, created_at, source, samples, duration_s, strides, cadence_spm,
					tilt_mean, tilt_sd, obliquity_mean, obliquity_sd, drop_left, drop_right, rotation_mean, rotation_sd,
					asymmetry_pct, report, report_bytes)
					select account_id, created_at, source, samples, duration_s, strides, cadence_spm, tilt_mean, tilt_sd,
					obliquity_mean, obliquity_sd, drop_left, drop_right, rotation_mean, rotation_sd, asymmetry_pct, report,
					report_bytes from motion_analysis where id = ?""").param(first).update();
		}
		List<Long> seen = new ArrayList<>();
		String page = runner.get("/motion").body();
		assertThat(reports(page)).hasSize(50);
		assertThat(page).doesNotContain("the baseline)").doesNotContain("id=\"newest-link\"");
		seen.addAll(reports(page));
		Matcher older = OLDER.matcher(page);
		assertThat(older.find()).isTrue();
		HttpResponse<String> next = runner.get(older.group(1).replace("&amp;", "&"));
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(reports(next.body())).hasSize(11);
		assertThat(next.body()).contains("the baseline)").contains("id=\"newest-link\"").doesNotContain("id=\"older-link\"");
		seen.addAll(reports(next.body()));
		assertThat(seen).doesNotHaveDuplicates().hasSize(61).endsWith(first);
	}

	@Test
	void aStaleOrForgedCursorShowsTheNewestPageWithAMessage() {
		PageSession runner = PageSession.signedUp(this.port);
		HttpResponse<String> page = runner.get("/motion?cursor=not-ours");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("That page of measurements no longer exists");
		assertThat(runner.get("/tokens?cursor=%00").body()).contains("That page of tokens no longer exists");
	}

	@Test
	void theTokensAndQuestionnairePagesPageToo() {
		PageSession runner = PageSession.signedUp(this.port);
		runner.get("/motion");
		String location = runner.upload("/motion/upload", "Run.zip", MotionSamples.sensorLoggerZip(MotionSamples.aRun(72)))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		AccountId owner = new AccountId(this.jdbc.sql("select account_id from motion_analysis where id = ?")
			.param(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
			.query(Long.class)
			.single());
		for (int i = 0; i < 55; i++) {
			this.jdbc.sql("""
					insert into access_token (account_id, name, token_hash, created_at, revoked_at)
					values (?, ?, ?, current_timestamp, current_timestamp)""")
				.params(owner.value(), "old token " + i, "hash-" + owner.value() + "-" + i)
				.update();
		}
		String tokens = runner.get("/tokens").body();
		assertThat(tokens.split("<td data-label=\"Name\">old token ", -1)).hasSize(51);
		Matcher older = OLDER.matcher(tokens);
		assertThat(older.find()).isTrue();
		String rest = runner.get(older.group(1).replace("&amp;", "&")).body();
		assertThat(rest.split("<td data-label=\"Name\">old token ", -1)).hasSize(6);
		JdbcQuestionnaireResponses responses = new JdbcQuestionnaireResponses(this.jdbc);
		for (int i = 0; i < 52; i++) {
			responses.saveRisk(owner, RiskResponse.of(new RiskAnswers(List.of(0, 0, 0, 0, 0, 0, 0, 0), i % 5),
					"urn:test", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
		}
		String questionnaires = runner.get("/questionnaires").body();
		Matcher olderRisk = Pattern.compile("href=\"([^\"]+)\" id=\"older-risk-link\"").matcher(questionnaires);
		assertThat(olderRisk.find()).isTrue();
		assertThat(runner.get(olderRisk.group(1).replace("&amp;", "&")).body()).contains("id=\"risk-history\"")
			.contains("first");
	}

	private static List<Long> reports(String page) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = REPORT.matcher(page);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
