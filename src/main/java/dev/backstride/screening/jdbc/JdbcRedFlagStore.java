package dev.backstride.screening.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.backstride.account.AccountId;
import dev.backstride.screening.RedFlag;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagScreening;
import dev.backstride.screening.RuleIds;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.TriageLevel;
import dev.backstride.screening.TriageOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Danger-sign screenings (answers as child rows, outcome as level and rule ids) in
 * {@code red_flag_screening} and {@code red_flag_answer}. Every statement is scoped by the account.
 * The stored outcome is rebuilt from the stored answers and rule ids, and checked against the stored
 * level, so later changes to the rules never rewrite history.
 */
@Repository
public class JdbcRedFlagStore {

	private final JdbcClient jdbc;

	public JdbcRedFlagStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(AccountId account, RedFlagScreening screening) {
		TriageOutcome outcome = screening.outcome();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into red_flag_screening (account_id, screened_at, triage_level, rule_ids, age, sex, context_note)
				values (:account, :at, :level, :ruleIds, :age, :sex, :context)""")
			.param("account", account.value())
			.param("at", Timestamps.toDb(screening.screenedAt()))
			.param("level", outcome.level().name())
			.param("ruleIds", String.join(",", outcome.ruleIds()))
			.param("age", screening.profile().ageYears())
			.param("sex", screening.profile().sex().name())
			.param("context", outcome.context().isEmpty() ? null : String.join("\n", outcome.context()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		screening.answers().byItem().forEach((item, yes) -> this.jdbc.sql("""
				insert into red_flag_answer (screening_id, account_id, item_id, answer) values (?, ?, ?, ?)""")
			.params(id, account.value(), item.id(), yes)
			.update());
	}

	/** The account's screenings, newest first. */
	public List<RedFlagScreening> history(AccountId account) {
		Map<Long, Map<String, Boolean>> answers = answers(account);
		return this.jdbc.sql("""
				select id, screened_at, triage_level, rule_ids, age, sex, context_note from red_flag_screening
				where account_id = ? order by screened_at desc, id desc""")
			.param(account.value())
			.query((rs, n) -> toScreening(rs, answers.getOrDefault(rs.getLong("id"), Map.of())))
			.list();
	}

	/** The account's latest screening: one row and its answers, however many there are. */
	public Optional<RedFlagScreening> latest(AccountId account) {
		return screenings(account, "", Map.of(), 1).stream().findFirst();
	}

	/**
	 * The account's flagged screenings (emergency or see-a-clinician) made at or after {@code since}
	 * (all of them when null), newest first: the only screenings that can still pause the plan.
	 */
	public List<RedFlagScreening> flaggedSince(AccountId account, @Nullable Instant since) {
		return screenings(account, " and triage_level <> 'SELF_MANAGE'" + (since == null ? "" : " and screened_at >= :since"),
				since == null ? Map.of() : Map.of("since", Timestamps.toDb(since)), Integer.MAX_VALUE);
	}

	/**
	 * Hands every screening of the account to {@code each}, newest first, reading {@code chunk} at a
	 * time: only their ids are held all at once, so an account's whole history never sits in memory.
	 */
	public void forEach(AccountId account, int chunk, Consumer<RedFlagScreening> each) {
		List<Long> ids = this.jdbc.sql("select id from red_flag_screening where account_id = ?"
				+ " order by screened_at desc, id desc")
			.param(account.value())
			.query(Long.class)
			.list();
		for (int from = 0; from < ids.size(); from += chunk) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + chunk));
			screenings(account, " and id in (:ids)", Map.of("ids", part), Integer.MAX_VALUE).forEach(each);
		}
	}

	/** How many screenings the account made at or after {@code since}. */
	public long countSince(AccountId account, Instant since) {
		return this.jdbc.sql("select count(*) from red_flag_screening where account_id = ? and screened_at >= ?")
			.params(account.value(), Timestamps.toDb(since))
			.query(Long.class)
			.single();
	}

	// The condition comes from this class only, never from input.
	private List<RedFlagScreening> screenings(AccountId account, String condition, Map<String, ?> params, int limit) {
		var statement = this.jdbc.sql("select id, screened_at, triage_level, rule_ids, age, sex, context_note"
				+ " from red_flag_screening where account_id = :account" + condition + " order by screened_at desc, id desc"
				+ (limit == Integer.MAX_VALUE ? "" : " fetch first " + limit + " rows only"))
			.param("account", account.value());
		for (var param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		record Row(long id, Instant at, String level, String ruleIds, @Nullable Integer age, String sex,
				@Nullable String context) {
		}
		List<Row> rows = statement.query((rs, n) -> new Row(rs.getLong("id"), Timestamps.fromDb(rs, "screened_at"),
				rs.getString("triage_level"), rs.getString("rule_ids"), rs.getObject("age", Integer.class),
				rs.getString("sex"), rs.getString("context_note"))).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, Boolean>> answers = new HashMap<>();
		this.jdbc.sql("select screening_id, item_id, answer from red_flag_answer where account_id = :account"
				+ " and screening_id in (:ids)")
			.param("account", account.value())
			.param("ids", rows.stream().map(Row::id).toList())
			.query((ResultSet rs) -> {
				answers.computeIfAbsent(rs.getLong("screening_id"), (k) -> new HashMap<>())
					.put(rs.getString("item_id"), rs.getBoolean("answer"));
			});
		List<RedFlagScreening> result = new ArrayList<>();
		for (Row row : rows) {
			result.add(toScreening(row.id(), answers.getOrDefault(row.id(), Map.of()), row.age(), row.sex(),
					row.context(), row.ruleIds(), row.level(), row.at()));
		}
		return result;
	}

	private Map<Long, Map<String, Boolean>> answers(AccountId account) {
		Map<Long, Map<String, Boolean>> byScreening = new HashMap<>();
		this.jdbc.sql("select screening_id, item_id, answer from red_flag_answer where account_id = ?")
			.param(account.value())
			.query((ResultSet rs) -> {
				byScreening.computeIfAbsent(rs.getLong("screening_id"), (k) -> new HashMap<>())
					.put(rs.getString("item_id"), rs.getBoolean("answer"));
			});
		return byScreening;
	}

	private static RedFlagScreening toScreening(ResultSet rs, Map<String, Boolean> answerMap) throws SQLException {
		return toScreening(rs.getLong("id"), answerMap, rs.getObject("age", Integer.class), rs.getString("sex"),
				rs.getString("context_note"), rs.getString("rule_ids"), rs.getString("triage_level"),
				Timestamps.fromDb(rs, "screened_at"));
	}

	private static RedFlagScreening toScreening(long id, Map<String, Boolean> answerMap, @Nullable Integer age,
			String sex, @Nullable String context, String ruleIds, String level, Instant screenedAt) {
		RedFlagAnswers answers = new RedFlagAnswers(answerMap);
		RunnerProfile profile = new RunnerProfile(age, RunnerProfile.Sex.valueOf(sex));
		List<RedFlag> flags = new ArrayList<>();
		for (String ruleId : ruleIds.split(",")) {
			if (!ruleId.isEmpty() && !ruleId.equals(RuleIds.SEE)) {
				flags.add(RedFlag.of(ruleId, answers.yesFor(ruleId).stream().map((item) -> item.id()).toList()));
			}
		}
		TriageOutcome outcome = TriageOutcome.of(flags,
				context == null ? List.of() : Arrays.asList(context.split("\n")));
		TriageLevel stored = TriageLevel.valueOf(level);
		if (outcome.level() != stored) {
			throw new IllegalStateException("screening " + id + " is stored as " + stored
					+ " but its rule ids give " + outcome.level());
		}
		return new RedFlagScreening(answers, profile, outcome, screenedAt);
	}

}
