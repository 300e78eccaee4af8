package dev.backstride.program.jdbc;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.CoreDays;
import dev.backstride.program.Exercise;
import dev.backstride.program.ExerciseSession;
import dev.backstride.program.LoggedSession;
import dev.backstride.program.PerformedExercise;
import dev.backstride.program.PerformedSet;
import dev.backstride.program.SelfTest;
import dev.backstride.program.SessionKind;
import dev.backstride.program.Side;
import dev.backstride.program.TakenTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The program's tables on H2 and PostgreSQL: sessions with their sets, self-tests, core days, the calendar secret. */
class JdbcProgramStoreTests {

	private static final Instant NOW = Instant.parse("2026-12-02T07:30:00.123456Z");

	private static final ExerciseSession CORE = new ExerciseSession(LocalDate.parse("2026-11-30"), SessionKind.CORE, 3,
			Optional.of("felt steady; “quotes” and ünïcode"),
			List.of(new PerformedExercise(Exercise.REACH,
					List.of(new PerformedSet(Optional.of(Side.LEFT), 12, 3), new PerformedSet(Optional.of(Side.RIGHT), 11, 0))),
					new PerformedExercise(Exercise.CRUNCH, List.of(new PerformedSet(Optional.empty(), 15, 0),
							new PerformedSet(Optional.empty(), 14, 3)))));

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsASessionWithEverySetAndReadsItBackPerAccount(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcProgramStore store = new JdbcProgramStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		long id = store.save(runner, CORE, NOW);
		ExerciseSession swings = new ExerciseSession(LocalDate.parse("2026-12-01"), SessionKind.PRE_RUN, 0,
				Optional.empty(), List.of(new PerformedExercise(Exercise.SWING,
						List.of(new PerformedSet(Optional.of(Side.RIGHT), 12, 0)))));
		store.save(other, swings, NOW);
		List<LoggedSession> mine = store.sessions(runner);
		assertThat(mine).singleElement().satisfies((s) -> {
			assertThat(s.id()).isEqualTo(id);
			assertThat(s.recordedAt()).isEqualTo(NOW);
			assertThat(s.session().date()).isEqualTo(CORE.date());
			assertThat(s.session().note()).isEqualTo(CORE.note());
			assertThat(s.session().find(Exercise.REACH)).isEqualTo(CORE.find(Exercise.REACH));
			assertThat(s.session().find(Exercise.CRUNCH)).isEqualTo(CORE.find(Exercise.CRUNCH));
		});
		assertThat(store.sessions(other)).extracting(LoggedSession::session).containsExactly(swings);
		assertThat(store.countSessions(runner)).isEqualTo(1);
		assertThat(store.countSessionsSince(runner, NOW)).isEqualTo(1);
		assertThat(store.countSessionsSince(runner, NOW.plusSeconds(1))).isZero();
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void pagesSessionsNewestFirstByTheirDay(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcProgramStore store = new JdbcProgramStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		for (int day = 1; day <= 5; day++) {
			store.save(runner, new ExerciseSession(LocalDate.of(2026, 11, 6 - day), SessionKind.CORE, day, Optional.empty(),
					CORE.exercises()), NOW.plusSeconds(day));
		}
		PageRequest first = PageRequest.first(2);
		List<LoggedSession> page = store.page(runner, first);
		assertThat(page).extracting((s) -> s.session().date().getDayOfMonth()).containsExactly(5, 4, 3);
		List<LoggedSession> next = store.page(runner,
				new PageRequest(2, Optional.of(dev.backstride.program.Programs.key(page.get(1)))));
		assertThat(next).extracting((s) -> s.session().date().getDayOfMonth()).containsExactly(3, 2, 1);
		assertThat(next.get(0).session().exercises()).hasSize(2);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsSelfTestsAndGivesTheLatestOfEach(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcSelfTestStore store = new JdbcSelfTestStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		store.save(runner, new SelfTest.Hamstrings(60, 65), NOW);
		TakenTest ham = store.save(runner, new SelfTest.Hamstrings(72, 75), NOW.plusSeconds(60));
		TakenTest core = store.save(runner, new SelfTest.Core(45, 30, 40), NOW);
		TakenTest hip = store.save(runner, new SelfTest.HipFlexors(true, false), NOW);
		store.save(TestAccounts.create(jdbc), new SelfTest.Hamstrings(10, 10), NOW.plusSeconds(600));
		assertThat(store.latestOfEach(runner)).containsExactlyInAnyOrder(ham, core, hip);
		assertThat(store.page(runner, PageRequest.first(10))).hasSize(4).first().isEqualTo(ham);
		assertThat(store.countSince(runner, NOW)).isEqualTo(4);
	}

	@ParameterizedTest
	@MethodSource("dev.backstride.TestDatabases#all")
	void keepsCoreDaysAndTheCalendarSecretsHashOnly(TestDatabase db) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcProgramStore store = new JdbcProgramStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		assertThat(store.coreDays(runner)).isEmpty();
		store.saveCalendarHash(runner, Optional.of("a".repeat(64)), NOW, CoreDays.DEFAULT);
		assertThat(store.coreDays(runner)).contains(CoreDays.DEFAULT);
		assertThat(store.accountByCalendarHash("a".repeat(64))).contains(runner);
		assertThat(store.calendarCreatedAt(runner)).contains(NOW);
		CoreDays weekend = new CoreDays(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY));
		store.saveCoreDays(runner, weekend);
		assertThat(store.coreDays(runner)).contains(weekend);
		store.saveCalendarHash(runner, Optional.empty(), NOW, CoreDays.DEFAULT);
		assertThat(store.accountByCalendarHash("a".repeat(64))).isEmpty();
		assertThat(store.calendarCreatedAt(runner)).isEmpty();
		assertThat(store.coreDays(runner)).contains(weekend);
	}

}
