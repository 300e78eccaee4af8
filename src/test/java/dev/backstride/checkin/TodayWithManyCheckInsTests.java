package dev.backstride.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.account.AccountsTestSupport;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.Quotas;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.Screening;
import dev.backstride.screening.ScreeningTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's call for a runner with 20,000 check-ins, on H2 and PostgreSQL: it comes from the latest
 * check-in only, whatever the older ones said (the speed is measured by the bench, not asserted).
 */
public class TodayWithManyCheckInsTests {

	private static final Instant NOW = Instant.parse("2026-03-10T07:00:00Z");

	/** Room for more than 20,000 check-ins. */
	private static final Quotas ROOMY = new Quotas(60, 100_000, 50, 500L * 1024 * 1024, 50, 20, 20);

	public static void insertMany(DataSource dataSource, AccountId runner, int count, int worstPain) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// 15 a day over the past years, oldest first
			LocalDate date = LocalDate.of(2026, 3, 9).minusDays((count - i) / 15);
			rows.add(new Object[] { runner.value(), date,
					date.atTime(6, i % 15).atOffset(ZoneOffset.UTC), worstPain });
		}
		new JdbcTemplate(dataSource).batchUpdate("""
				insert into check_in (account_id, check_in_date, recorded_at, pain_now, worst_pain_24h, locations, kinds,
				timing, new_or_changed_symptoms) values (?, ?, ?, 0, ?, 'CENTRAL', 'ACHE', '', false)""", rows);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.backstride.TestDatabases#all")
	void callsTheDayFromTheLatestOf20000CheckIns(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		List<Object> events = new ArrayList<>();
		Screening screening = ScreeningTestSupport.screening(jdbc, clock, events);
		CheckIns checkIns = new CheckIns(new JdbcCheckInStore(jdbc), screening, events::add,
				new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class),
				AccountsTestSupport.accounts(jdbc, clock, ROOMY), ROOMY);
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		screening.screen(runner, RedFlagAnswers.allNo(), RunnerProfile.unknown());
		screening.confirmClearance(runner, false);
		// 20,000 check-ins with pain that stops running, and another runner's good day after them
		insertMany(db.dataSource(), runner, 20_000, 8);
		insertMany(db.dataSource(), other, 10, 0);
		assertThat(checkIns.todaysCall(runner)).isInstanceOf(TodaysCall.Stop.class);
		// the latest check-in, yesterday, had no pain: it alone decides
		checkIns.log(runner, CheckInTestData.aCheckIn().on(LocalDate.of(2026, 3, 10)).withPain(0, 1).build());
		TodaysCall call = checkIns.todaysCall(runner);
		assertThat(call).isInstanceOf(TodaysCall.Go.class);
		assertThat(call.reasons()).singleElement().asString().contains("worst pain in the last 24 hours was 1/10");
	}

}
