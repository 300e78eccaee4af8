package dev.backstride.screening.jdbc;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.screening.FunctionAnswers;
import dev.backstride.screening.FunctionBand;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.FunctionScore;
import dev.backstride.screening.RiskAnswers;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.RiskScore;
import dev.backstride.screening.RiskStratum;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Answered M-RISK and M-FUNC questionnaires: one parent row with the result, one child row per
 * answered item or section (item 9 of M-RISK as its raw level 0–4). Every statement is scoped by
 * the account; histories come newest first.
 */
@Repository
public class JdbcQuestionnaireResponses {

	private final JdbcClient jdbc;

	public JdbcQuestionnaireResponses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void saveRisk(AccountId account, RiskResponse response) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into risk_response (account_id, answered_at, questionnaire_url, total, distress, stratum)
				values (?, ?, ?, ?, ?, ?)""")
			.params(account.value(), Timestamps.toDb(response.answeredAt()), response.questionnaireUrl(),
					response.score().total(), response.score().distress(), response.score().stratum().name())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<Integer> values = new ArrayList<>(response.answers().agreeItems());
		values.add(response.answers().bothersomenessLevel());
		for (int i = 0; i < values.size(); i++) {
			insertAnswer("risk_answer", "item_no", id, account, i + 1, values.get(i));
		}
	}

	public List<RiskResponse> riskHistory(AccountId account) {
		Map<Long, @Nullable Integer[]> answers = answers("risk_answer", "item_no", account, 9);
		return this.jdbc.sql("""
				select id, answered_at, questionnaire_url, total, distress, stratum from risk_response
				where account_id = ? order by answered_at desc, id desc""")
			.param(account.value())
			.query((rs, n) -> {
				@Nullable Integer[] items = answers.getOrDefault(rs.getLong("id"), new Integer[9]);
				RiskAnswers given = new RiskAnswers(Arrays.asList(items).subList(0, 8), items[8]);
				RiskScore score = new RiskScore(rs.getInt("total"), rs.getInt("distress"),
						RiskStratum.valueOf(rs.getString("stratum")));
				return new RiskResponse(given, score, rs.getString("questionnaire_url"),
						Timestamps.fromDb(rs, "answered_at"));
			})
			.list();
	}

	/** A page of M-RISK responses, newest first; the cursor is (answered at in µs, id). */
	public Page<RiskResponse> riskPage(AccountId account, PageRequest page) {
		List<Keyed<RiskScore>> rows = this.jdbc.sql("""
				select id, answered_at, questionnaire_url, total, distress, stratum from risk_response
				where account_id = :account and answered_at <= :at and (answered_at < :at or id < :id)
				order by answered_at desc, id desc fetch first :n rows only""")
			.paramSource(keyset(account, page))
			.query((rs, n) -> new Keyed<>(rs.getLong("id"), Timestamps.fromDb(rs, "answered_at"),
					new RiskScore(rs.getInt("total"), rs.getInt("distress"), RiskStratum.valueOf(rs.getString("stratum"))),
					rs.getString("questionnaire_url")))
			.list();
		Map<Long, @Nullable Integer[]> answers = answers("risk_answer", "item_no", account, 9, ids(rows));
		return Page.of(rows, page, Keyed::cursor).map((row) -> {
			@Nullable Integer[] items = answers.getOrDefault(row.id(), new Integer[9]);
			return new RiskResponse(new RiskAnswers(Arrays.asList(items).subList(0, 8), items[8]), row.value(),
					row.url(), row.at());
		});
	}

	/** A page of M-FUNC responses, newest first; the cursor is (answered at in µs, id). */
	public Page<FunctionResponse> functionPage(AccountId account, PageRequest page) {
		List<Keyed<FunctionScore>> rows = this.jdbc.sql("""
				select id, answered_at, questionnaire_url, answered_sections, function_percent, band
				from function_response
				where account_id = :account and answered_at <= :at and (answered_at < :at or id < :id)
				order by answered_at desc, id desc fetch first :n rows only""")
			.paramSource(keyset(account, page))
			.query((rs, n) -> new Keyed<>(rs.getLong("id"), Timestamps.fromDb(rs, "answered_at"),
					new FunctionScore(rs.getBigDecimal("function_percent"), FunctionBand.valueOf(rs.getString("band")),
							rs.getInt("answered_sections")),
					rs.getString("questionnaire_url")))
			.list();
		Map<Long, @Nullable Integer[]> answers = answers("function_answer", "section_no", account, 10, ids(rows));
		return Page.of(rows, page, Keyed::cursor).map((row) -> new FunctionResponse(
				new FunctionAnswers(Arrays.asList(answers.getOrDefault(row.id(), new Integer[10]))), row.value(),
				row.url(), row.at()));
	}

	/** How many M-RISK responses the account gave at or after {@code since}. */
	public long riskSince(AccountId account, Instant since) {
		return countSince("risk_response", account, since);
	}

	/** How many M-FUNC responses the account gave at or after {@code since}. */
	public long functionSince(AccountId account, Instant since) {
		return countSince("function_response", account, since);
	}

	private long countSince(String table, AccountId account, Instant since) {
		return this.jdbc.sql("select count(*) from " + table + " where account_id = ? and answered_at >= ?")
			.params(account.value(), Timestamps.toDb(since))
			.query(Long.class)
			.single();
	}

	/** A row with its id and time, the keys its page is sorted by. */
	private record Keyed<T>(long id, Instant at, T value, String url) {

		Cursor cursor() {
			return Cursor.of(Cursor.micros(this.at), this.id);
		}

	}

	private static List<Long> ids(List<? extends Keyed<?>> rows) {
		return rows.stream().map(Keyed::id).toList();
	}

	private static MapSqlParameterSource keyset(AccountId account, PageRequest page) {
		Optional<Cursor> after = page.after();
		return new MapSqlParameterSource().addValue("account", account.value())
			.addValue("at", Timestamps.toDb(after.map((c) -> Cursor.instant(c.key(0))).orElse(Instant.parse("9999-12-31T00:00:00Z"))))
			.addValue("id", after.map((c) -> c.key(1)).orElse(Long.MAX_VALUE))
			.addValue("n", page.fetchSize());
	}

	public void saveFunction(AccountId account, FunctionResponse response) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into function_response (account_id, answered_at, questionnaire_url, answered_sections,
				function_percent, band) values (?, ?, ?, ?, ?, ?)""")
			.params(account.value(), Timestamps.toDb(response.answeredAt()), response.questionnaireUrl(),
					response.score().answered(), response.score().percent(), response.score().band().name())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<@Nullable Integer> sections = response.answers().sections();
		for (int i = 0; i < sections.size(); i++) {
			Integer value = sections.get(i);
			if (value != null) {
				insertAnswer("function_answer", "section_no", id, account, i + 1, value);
			}
		}
	}

	public List<FunctionResponse> functionHistory(AccountId account) {
		Map<Long, @Nullable Integer[]> answers = answers("function_answer", "section_no", account, 10);
		return this.jdbc.sql("""
				select id, answered_at, questionnaire_url, answered_sections, function_percent, band
				from function_response where account_id = ? order by answered_at desc, id desc""")
			.param(account.value())
			.query((rs, n) -> {
				@Nullable Integer[] sections = answers.getOrDefault(rs.getLong("id"), new Integer[10]);
				FunctionScore score = new FunctionScore(rs.getBigDecimal("function_percent"),
						FunctionBand.valueOf(rs.getString("band")), rs.getInt("answered_sections"));
				return new FunctionResponse(new FunctionAnswers(Arrays.asList(sections)), score,
						rs.getString("questionnaire_url"), Timestamps.fromDb(rs, "answered_at"));
			})
			.list();
	}

	// Table and column names below come from this class only, never from input.
	private void insertAnswer(String table, String numberColumn, long responseId, AccountId account, int number,
			int value) {
		this.jdbc.sql("insert into " + table + " (response_id, account_id, " + numberColumn
				+ ", answer_value) values (?, ?, ?, ?)")
			.params(responseId, account.value(), number, value)
			.update();
	}

	private Map<Long, @Nullable Integer[]> answers(String table, String numberColumn, AccountId account, int size,
			List<Long> responseIds) {
		Map<Long, @Nullable Integer[]> byResponse = new HashMap<>();
		if (responseIds.isEmpty()) {
			return byResponse;
		}
		this.jdbc.sql("select response_id, " + numberColumn + ", answer_value from " + table
				+ " where account_id = :account and response_id in (:ids)")
			.param("account", account.value())
			.param("ids", responseIds)
			.query((ResultSet rs) -> {
				byResponse.computeIfAbsent(rs.getLong("response_id"), (k) -> new Integer[size])[rs.getInt(numberColumn)
						- 1] = rs.getInt("answer_value");
			});
		return byResponse;
	}

	private Map<Long, @Nullable Integer[]> answers(String table, String numberColumn, AccountId account, int size) {
		Map<Long, @Nullable Integer[]> byResponse = new HashMap<>();
		this.jdbc.sql("select response_id, " + numberColumn + ", answer_value from " + table + " where account_id = ?")
			.param(account.value())
			.query((ResultSet rs) -> {
				byResponse.computeIfAbsent(rs.getLong("response_id"), (k) -> new Integer[size])[rs.getInt(numberColumn)
						- 1] = rs.getInt("answer_value");
			});
		return byResponse;
	}

}
