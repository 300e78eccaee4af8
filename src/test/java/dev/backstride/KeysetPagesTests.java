package dev.backstride;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccessToken;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.jdbc.JdbcAccountStore;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.StoredCheckIn;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.motion.MotionSummary;
import dev.backstride.motion.Motions;
import dev.backstride.motion.jdbc.JdbcMotionStore;
import dev.backstride.screening.RiskAnswers;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.jdbc.JdbcQuestionnaireResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list read a page at a time, on H2 and PostgreSQL: walking the pages returns each of the
 * owner's rows exactly once and in the list's order, also when many rows share a time stamp (and, for
 * check-ins, a date); another runner's rows never appear, not even with a cursor taken from them.
 */
class KeysetPagesTests {

	private static final Instant T0 = Instant.parse("2026-03-10T07:00:00.123456Z");

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.TestDatabases#all")
	void walksEveryCheckInOnceWithTiedDatesAndTimes(TestDatabase db) {
		JdbcClient jdbc = jdbc(db);
		AccountId mine = TestAccounts.create(jdbc);
		AccountId theirs = TestAccounts.create(jdbc);
		for (int i = 0; i < 230; i++) {
			// 23 dates, 3 distinct times within a date, interleaved with the other runner's rows
			insertCheckIn(jdbc, mine, LocalDate.of(2026, 3, 1).plusDays(i % 23), T0.plusSeconds(i % 3));
			insertCheckIn(jdbc, theirs, LocalDate.of(2026, 3, 1).plusDays(i % 23), T0.plusSeconds(i % 3));
		}
		JdbcCheckInStore store = new JdbcCheckInStore(jdbc);
		List<Long> expected = jdbc.sql("select id from check_in where account_id = ?"
				+ " order by check_in_date desc, recorded_at desc, id desc").param(mine.value()).query(Long.class).list();
		for (int limit : new int[] { 1, 7, 50, 200 }) {
			List<StoredCheckIn> walked = walk(limit,
					(page) -> Page.of(store.page(mine, page), page, CheckIns::key));
			assertThat(walked).extracting(StoredCheckIn::id).containsExactlyElementsOf(expected);
		}
		List<StoredCheckIn> theirFirst = store.page(theirs, PageRequest.first(5));
		Cursor fromTheirs = CheckIns.key(theirFirst.get(4));
		List<StoredCheckIn> mineAfterTheirs = store.page(mine, new PageRequest(200, Optional.of(fromTheirs)));
		assertThat(mineAfterTheirs).isNotEmpty().extracting(StoredCheckIn::id).isSubsetOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.TestDatabases#all")
	void walksEveryMeasurementOnceWithTiedTimes(TestDatabase db) {
		JdbcClient jdbc = jdbc(db);
		AccountId mine = TestAccounts.create(jdbc);
		AccountId theirs = TestAccounts.create(jdbc);
		for (int i = 0; i < 120; i++) {
			insertMeasurement(jdbc, mine, T0.plusSeconds(i % 4));
			insertMeasurement(jdbc, theirs, T0.plusSeconds(i % 4));
		}
		JdbcMotionStore store = new JdbcMotionStore(jdbc);
		List<Long> expected = jdbc.sql("select id from motion_analysis where account_id = ? order by created_at desc, id desc")
			.param(mine.value())
			.query(Long.class)
			.list();
		for (int limit : new int[] { 1, 13, 50 }) {
			List<MotionSummary> walked = walk(limit, (page) -> Page.of(store.page(mine, page), page, Motions::key));
			assertThat(walked).extracting(MotionSummary::id).containsExactlyElementsOf(expected);
		}
		Cursor fromTheirs = Motions.key(store.page(theirs, PageRequest.first(1)).get(0));
		assertThat(store.page(mine, new PageRequest(200, Optional.of(fromTheirs)))).extracting(MotionSummary::id)
			.isSubsetOf(expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.TestDatabases#all")
	void walksEveryTokenOnceWithTiedTimes(TestDatabase db) {
		JdbcClient jdbc = jdbc(db);
		AccountId mine = TestAccounts.create(jdbc);
		AccountId theirs = TestAccounts.create(jdbc);
		JdbcAccountStore store = new JdbcAccountStore(jdbc);
		for (int i = 0; i < 60; i++) {
			store.insertToken(mine, "mine " + i, "m" + i + "-" + mine.value(), T0.plusSeconds(i % 2));
			store.insertToken(theirs, "theirs " + i, "t" + i + "-" + theirs.value(), T0.plusSeconds(i % 2));
		}
		List<Long> expected = jdbc.sql("select id from access_token where account_id = ? order by created_at desc, id desc")
			.param(mine.value())
			.query(Long.class)
			.list();
		List<AccessToken> walked = walk(7, (page) -> Page.of(store.tokens(mine, page), page, Accounts::key));
		assertThat(walked).extracting(AccessToken::id).containsExactlyElementsOf(expected);
		assertThat(walked).extracting(AccessToken::name).allMatch((name) -> name.startsWith("mine "));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.TestDatabases#all")
	void walksEveryQuestionnaireResponseOnceWithTiedTimes(TestDatabase db) {
		JdbcClient jdbc = jdbc(db);
		AccountId mine = TestAccounts.create(jdbc);
		AccountId theirs = TestAccounts.create(jdbc);
		JdbcQuestionnaireResponses store = new JdbcQuestionnaireResponses(jdbc);
		for (int i = 0; i < 45; i++) {
			List<Integer> items = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0, 0, 0));
			items.set(i % 8, 1);
			store.saveRisk(mine, RiskResponse.of(new RiskAnswers(items, i % 5), "urn:test", T0.plusSeconds(i % 3)));
			store.saveRisk(theirs, RiskResponse.of(new RiskAnswers(items, 4), "urn:theirs", T0.plusSeconds(i % 3)));
		}
		List<RiskResponse> walked = new ArrayList<>();
		PageRequest request = PageRequest.first(4);
		for (int guard = 0; guard < 1000; guard++) {
			Page<RiskResponse> page = store.riskPage(mine, request);
			walked.addAll(page.items());
			if (page.next().isEmpty()) {
				break;
			}
			request = new PageRequest(4, page.next());
		}
		assertThat(walked).containsExactlyElementsOf(store.riskHistory(mine));
		assertThat(walked).hasSize(45).extracting(RiskResponse::questionnaireUrl).containsOnly("urn:test");
	}

	private final List<SingleConnectionDataSource> connections = new ArrayList<>();

	/** One connection for the whole test: the plain data sources open one per statement. */
	private JdbcClient jdbc(TestDatabase db) {
		try {
			SingleConnectionDataSource single = new SingleConnectionDataSource(db.dataSource().getConnection(), true);
			this.connections.add(single);
			return JdbcClient.create(single);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterEach
	void closeConnections() {
		this.connections.forEach(SingleConnectionDataSource::destroy);
	}

	private static <T> List<T> walk(int limit, Function<PageRequest, Page<T>> read) {
		List<T> all = new ArrayList<>();
		PageRequest request = PageRequest.first(limit);
		for (int guard = 0; guard < 10_000; guard++) {
			Page<T> page = read.apply(request);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
			all.addAll(page.items());
			if (page.next().isEmpty()) {
				return all;
			}
			request = new PageRequest(limit, page.next());
		}
		throw new AssertionError("the pages never ended");
	}

	static void insertCheckIn(JdbcClient jdbc, AccountId account, LocalDate date, Instant recordedAt) {
		jdbc.sql("""
				insert into check_in (account_id, check_in_date, recorded_at, pain_now, worst_pain_24h, locations, kinds,
				timing, new_or_changed_symptoms) values (?, ?, ?, 1, 2, 'CENTRAL', 'ACHE', '', false)""")
			.params(account.value(), date, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC))
			.update();
	}

	private static void insertMeasurement(JdbcClient jdbc, AccountId account, Instant at) {
		jdbc.sql("""
				insert into motion_analysis (account_id, created_at, source, samples, duration_s, strides, cadence_spm,
				tilt_mean, tilt_sd, obliquity_mean, obliquity_sd, drop_left, drop_right, rotation_mean, rotation_sd,
				asymmetry_pct, report, report_bytes) values (?, ?, 'test', 1000, 10, 20, 170, 6, 1, 4, 1, 4, 4, 8, 2, 3, '{}', 2)""")
			.params(account.value(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
