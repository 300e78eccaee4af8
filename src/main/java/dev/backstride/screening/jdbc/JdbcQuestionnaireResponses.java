package dev.backstride.screening.jdbc;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountId;
import dev.backstride.screening.FunctionAnswers;
import dev.backstride.screening.FunctionBand;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.FunctionScore;
import dev.backstride.screening.RiskAnswers;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.RiskScore;
import dev.backstride.screening.RiskStratum;
import org.jspecify.annotations.Nullable;
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
