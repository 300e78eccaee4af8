package dev.backstride.screening.jdbc;

import java.time.Instant;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.screening.Clearance;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagItem;
import dev.backstride.screening.RedFlagScreening;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.RunnerProfile.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcRedFlagStoreTests {

	private static final Instant DAY1 = Instant.parse("2026-03-01T08:00:00.123456Z");

	private static final Instant DAY2 = Instant.parse("2026-03-02T08:00:00Z");

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesAScreeningWithItsAnswersOutcomeAndContext(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRedFlagStore store = new JdbcRedFlagStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		RedFlagScreening screening = RedFlagScreening.screen(RedFlagAnswers.allNo()
			.withYes(RedFlagItem.CES_SADDLE, RedFlagItem.FRACTURE_STEROIDS, RedFlagItem.FRACTURE_TRAUMA,
					RedFlagItem.INFLAM_MORNING_STIFFNESS),
				RunnerProfile.of(80, Sex.FEMALE), DAY1);
		store.save(runner, screening);
		assertThat(store.latest(runner)).contains(screening);
		assertThat(store.latest(runner).orElseThrow().outcome().ruleIds()).containsExactly("RF-CES", "RF-SEE",
				"RF-FRACTURE");
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void storesAScreeningWithUnknownAgeAndNoFlags(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRedFlagStore store = new JdbcRedFlagStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		RedFlagScreening screening = RedFlagScreening.screen(RedFlagAnswers.allNo(), RunnerProfile.unknown(), DAY1);
		store.save(runner, screening);
		assertThat(store.history(runner)).containsExactly(screening);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsHistoryNewestFirstAndApartPerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcRedFlagStore store = new JdbcRedFlagStore(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		AccountId b = TestAccounts.create(jdbc);
		RedFlagScreening first = RedFlagScreening.screen(RedFlagAnswers.allNo().withYes(RedFlagItem.NERVE_ONE_LEG),
				RunnerProfile.of(30, Sex.MALE), DAY1);
		RedFlagScreening second = RedFlagScreening.screen(RedFlagAnswers.allNo(), RunnerProfile.of(30, Sex.MALE), DAY2);
		store.save(a, second);
		store.save(a, first);
		assertThat(store.history(a)).containsExactly(second, first);
		assertThat(store.history(b)).isEmpty();
		assertThat(store.latest(b)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsTheLatestClinicianAssessmentAndClearancePerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcCareConfirmations store = new JdbcCareConfirmations(jdbc);
		AccountId a = TestAccounts.create(jdbc);
		AccountId b = TestAccounts.create(jdbc);
		store.saveClinicianAssessed(a, DAY2);
		store.saveClinicianAssessed(a, DAY1);
		store.saveClearance(a, new Clearance(DAY1, false));
		store.saveClearance(a, new Clearance(DAY2, true));
		assertThat(store.latestClinicianAssessed(a)).contains(DAY2);
		assertThat(store.latestClearance(a)).contains(new Clearance(DAY2, true));
		assertThat(store.latestClinicianAssessed(b)).isEmpty();
		assertThat(store.latestClearance(b)).isEmpty();
	}

}
