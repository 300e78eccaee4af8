package dev.backstride.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.account.AccountsTestSupport;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.limits.Quotas;
import dev.backstride.screening.ScreeningTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins of one runner sent at once, each in its own transaction as the application runs them, on
 * H2 and PostgreSQL, each for a day of its own: exactly the daily limit is stored, every other one is
 * refused, none is lost.
 */
class QuotaRaceTests {

	private static final Instant NOW = Instant.parse("2026-03-10T07:00:00Z");

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.TestDatabases#all")
	void parallelCheckInsStopExactlyAtTheDailyLimit(TestDatabase db) throws Exception {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		Quotas quotas = new Quotas(5, 10_000, 50, 1_000_000, 50, 20, 20);
		List<Object> events = new ArrayList<>();
		CheckIns checkIns = new CheckIns(new JdbcCheckInStore(jdbc), ScreeningTestSupport.screening(jdbc, clock, events),
				events::add, new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class),
				AccountsTestSupport.accounts(jdbc, clock, quotas), quotas);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		AccountId runner = TestAccounts.create(jdbc);
		List<Future<String>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i <= CheckInDates.DAYS_BACK; i++) {
				LocalDate day = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(i);
				outcomes.add(pool.submit(() -> {
					try {
						transaction.executeWithoutResult((status) -> checkIns.log(runner,
								CheckInTestData.aCheckIn().on(day).withPain(1, 2).build()));
						return "saved";
					}
					catch (QuotaExceeded ex) {
						return "refused";
					}
				}));
			}
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		assertThat(results).filteredOn("saved"::equals).hasSize(5);
		assertThat(results).filteredOn("refused"::equals).hasSize(10);
		assertThat(jdbc.sql("select count(*) from check_in where account_id = ?")
			.param(runner.value())
			.query(Long.class)
			.single()).isEqualTo(5);
	}

}
