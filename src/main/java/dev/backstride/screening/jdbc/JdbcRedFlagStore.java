package dev.backstride.screening.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.screening.RedFlag;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagScreening;
import dev.backstride.screening.RuleIds;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.TriageLevel;
import dev.backstride.screening.TriageOutcome;
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

	public Optional<RedFlagScreening> latest(AccountId account) {
		return history(account).stream().findFirst();
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
		RedFlagAnswers answers = new RedFlagAnswers(answerMap);
		Integer age = rs.getObject("age", Integer.class);
		RunnerProfile profile = new RunnerProfile(age, RunnerProfile.Sex.valueOf(rs.getString("sex")));
		String context = rs.getString("context_note");
		List<RedFlag> flags = new ArrayList<>();
		for (String ruleId : rs.getString("rule_ids").split(",")) {
			if (!ruleId.isEmpty() && !ruleId.equals(RuleIds.SEE)) {
				flags.add(RedFlag.of(ruleId, answers.yesFor(ruleId).stream().map((item) -> item.id()).toList()));
			}
		}
		TriageOutcome outcome = TriageOutcome.of(flags,
				context == null ? List.of() : Arrays.asList(context.split("\n")));
		TriageLevel stored = TriageLevel.valueOf(rs.getString("triage_level"));
		if (outcome.level() != stored) {
			throw new IllegalStateException("screening " + rs.getLong("id") + " is stored as " + stored
					+ " but its rule ids give " + outcome.level());
		}
		return new RedFlagScreening(answers, profile, outcome, Timestamps.fromDb(rs, "screened_at"));
	}

}
