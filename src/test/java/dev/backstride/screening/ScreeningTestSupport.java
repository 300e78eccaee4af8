package dev.backstride.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.backstride.account.AccountsTestSupport;
import dev.backstride.limits.Quotas;
import dev.backstride.screening.fhir.FhirQuestionnaireReader;
import dev.backstride.screening.jdbc.JdbcCareConfirmations;
import dev.backstride.screening.jdbc.JdbcQuestionnaireResponses;
import dev.backstride.screening.jdbc.JdbcRedFlagStore;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A {@link Screening} over plain JDBC for tests of other modules. */
public final class ScreeningTestSupport {

	private ScreeningTestSupport() {
	}

	public static Screening screening(JdbcClient jdbc, Clock clock, List<Object> events) {
		return screening(jdbc, clock, events, Quotas.defaults());
	}

	public static Screening screening(JdbcClient jdbc, Clock clock, List<Object> events, Quotas quotas) {
		FhirQuestionnaireReader reader = new FhirQuestionnaireReader();
		Questionnaires questionnaires = new Questionnaires(reader.readBundled(QuestionnaireKind.RISK),
				reader.readBundled(QuestionnaireKind.FUNCTION));
		return new Screening(new JdbcRedFlagStore(jdbc), new JdbcCareConfirmations(jdbc),
				new JdbcQuestionnaireResponses(jdbc), questionnaires, events::add,
				new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class),
				AccountsTestSupport.accounts(jdbc, clock, quotas), quotas);
	}

}
