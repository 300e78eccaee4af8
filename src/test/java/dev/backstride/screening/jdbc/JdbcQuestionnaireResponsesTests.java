package dev.backstride.screening.jdbc;

import java.time.Instant;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.screening.FunctionAnswers;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.RiskAnswers;
import dev.backstride.screening.RiskResponse;
import dev.backstride.screening.RiskStratum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcQuestionnaireResponsesTests {

	private static final String URL = "https://backstride.dev/fhir/Questionnaire/risk";

	private static final Instant DAY1 = Instant.parse("2026-03-01T08:00:00Z");

	private static final Instant DAY2 = Instant.parse("2026-03-29T08:00:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesRiskResponsesWithItemsAndResultNewestFirstPerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcQuestionnaireResponses store = new JdbcQuestionnaireResponses(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		AccountId b = TestAccounts.create(jdbc);
		RiskResponse high = RiskResponse.of(RiskAnswers.of(1, 0, 1, 0, 1, 1, 1, 0, 4), URL, DAY1);
		RiskResponse low = RiskResponse.of(RiskAnswers.of(0, 0, 0, 0, 0, 0, 0, 0, 2), URL, DAY2);
		store.saveRisk(a, high);
		store.saveRisk(a, low);
		assertThat(store.riskHistory(a)).containsExactly(low, high);
		assertThat(store.riskHistory(a).get(1).score().stratum()).isEqualTo(RiskStratum.HIGH);
		assertThat(store.riskHistory(a).get(0).answers().bothersomenessLevel()).isEqualTo(2);
		assertThat(store.riskHistory(b)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesFunctionResponsesWithUnansweredSectionsNewestFirstPerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcQuestionnaireResponses store = new JdbcQuestionnaireResponses(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		AccountId b = TestAccounts.create(jdbc);
		FunctionResponse first = FunctionResponse.of(FunctionAnswers.of(2, 1, 1, 1, 1, 1, 1, null, 1, 1), URL, DAY1);
		FunctionResponse second = FunctionResponse.of(FunctionAnswers.of(0, 0, 1, 0, 0, 5, 0, 0, 0, 0), URL, DAY2);
		store.saveFunction(a, first);
		store.saveFunction(a, second);
		assertThat(store.functionHistory(a)).containsExactly(second, first);
		assertThat(store.functionHistory(a).get(1).score().percent()).hasToString("22.2");
		assertThat(store.functionHistory(b)).isEmpty();
		store.saveFunction(b, second);
		assertThat(store.functionHistory(a)).hasSize(2);
		assertThat(store.functionHistory(b)).containsExactly(second);
	}

}
