package dev.backstride.program.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.SelfTest;
import dev.backstride.program.TakenTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Self-test results in {@code self_test}, one row each, scoped by the account. */
@Repository
public class JdbcSelfTestStore {

	private static final String COLUMNS = "id, test, taken_at, left_value, right_value, plank_seconds";

	private final JdbcClient jdbc;

	public JdbcSelfTestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TakenTest save(AccountId account, SelfTest test, Instant takenAt) {
		int[] values = switch (test) {
			case SelfTest.Hamstrings ham -> new int[] { ham.leftDegrees(), ham.rightDegrees() };
			case SelfTest.Core core -> new int[] { core.sidePlankLeftSeconds(), core.sidePlankRightSeconds() };
			case SelfTest.HipFlexors hip -> new int[] { hip.leftThighLifts() ? 1 : 0, hip.rightThighLifts() ? 1 : 0 };
		};
		Integer plank = (test instanceof SelfTest.Core core) ? core.plankSeconds() : null;
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into self_test (account_id, test, taken_at, left_value, right_value, plank_seconds)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(account.value(), test.id(), JdbcProgramStore.utc(takenAt), values[0], values[1], plank)
			.update(key, "id");
		return new TakenTest(key.getKeyAs(Number.class).longValue(), takenAt, test);
	}

	/** The latest result of each test. */
	public List<TakenTest> latestOfEach(AccountId account) {
		return this.jdbc.sql("select " + COLUMNS + " from self_test t where account_id = :account and not exists"
				+ " (select 1 from self_test n where n.account_id = t.account_id and n.test = t.test"
				+ " and (n.taken_at > t.taken_at or (n.taken_at = t.taken_at and n.id > t.id)))")
			.param("account", account.value())
			.query((rs, n) -> taken(rs))
			.list();
	}

	/** A page of results, newest first; the cursor is (taken at in µs, id). */
	public List<TakenTest> page(AccountId account, PageRequest page) {
		Optional<Cursor> after = page.after();
		OffsetDateTime at = JdbcProgramStore
			.utc(after.map((c) -> Cursor.instant(c.key(0))).orElse(Instant.parse("9999-12-31T00:00:00Z")));
		long id = after.map((c) -> c.key(1)).orElse(Long.MAX_VALUE);
		return this.jdbc.sql("select " + COLUMNS + """
				 from self_test where account_id = :account and taken_at <= :at
				and (taken_at < :at or id < :id) order by account_id, taken_at desc, id desc fetch first :n rows only""")
			.param("account", account.value())
			.param("at", at)
			.param("id", id)
			.param("n", page.fetchSize())
			.query((rs, n) -> taken(rs))
			.list();
	}

	public long countSince(AccountId account, Instant since) {
		return this.jdbc.sql("select count(*) from self_test where account_id = ? and taken_at >= ?")
			.params(account.value(), JdbcProgramStore.utc(since))
			.query(Long.class)
			.single();
	}

	private static TakenTest taken(ResultSet rs) throws SQLException {
		int left = rs.getInt("left_value");
		int right = rs.getInt("right_value");
		SelfTest test = switch (rs.getString("test")) {
			case "T-HAM" -> new SelfTest.Hamstrings(left, right);
			case "T-CORE" -> new SelfTest.Core(rs.getInt("plank_seconds"), left, right);
			default -> new SelfTest.HipFlexors(left == 1, right == 1);
		};
		return new TakenTest(rs.getLong("id"), rs.getObject("taken_at", OffsetDateTime.class).toInstant(), test);
	}

}
