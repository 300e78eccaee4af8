package dev.backstride.program;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.account.AccountsTestSupport;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckInDeleted;
import dev.backstride.checkin.CheckInTestData;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.Morning;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainLogged;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.Quotas;
import dev.backstride.motion.Motions;
import dev.backstride.motion.jdbc.JdbcMotionStore;
import dev.backstride.program.jdbc.JdbcProgramStore;
import dev.backstride.program.jdbc.JdbcSelfTestStore;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.Screening;
import dev.backstride.screening.ScreeningTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doses a read works out from the stored checkpoint of the fold are those of a replay from the
 * first session, over generated histories of about a year and a half written through the module APIs
 * on H2 and PostgreSQL: sessions and check-ins filled in for forgotten days, check-ins changed and
 * deleted (old ones too), and a clock that mostly moves a day at a time but now and then jumps months
 * ahead (the checkpoint moves forward) or weeks back (writes then land on days a checkpoint stands for).
 * After every write the positions, streaks and number of changes must equal the full replay's, and so
 * must whether a logged session was completed; another runner's writes beside them change nothing.
 */
class CheckpointReplayTests {

	static Stream<Arguments> databasesAndSeeds() {
		return TestDatabases.all()
			.stream()
			.flatMap((db) -> Stream.of(1L, 2L, 3L, 4L)
				.map((seed) -> Arguments.of(db, seed)));
	}

	/** A clock the test moves: a day on, months on, or weeks back. */
	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void days(long days) {
			this.now = this.now.plusSeconds(days * 86_400);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@ParameterizedTest(name = "{0}, seed {1}")
	@MethodSource("databasesAndSeeds")
	void theCheckpointedReadEqualsTheReplayFromTheFirstSessionAfterEveryWrite(TestDatabase db, long seed) {
		MovingClock clock = new MovingClock(Instant.parse("2025-01-06T12:00:00Z"));
		// one connection for the whole test (the test data sources open a new one for each statement)
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection(db), true);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		// each write in a transaction of its own, as the services' @Transactional gives it in the application
		TransactionTemplate inTransaction = new TransactionTemplate(transactions);
		List<Consumer<Object>> listeners = new ArrayList<>();
		Screening screening = ScreeningTestSupport.screening(jdbc, clock, new ArrayList<>());
		Accounts accounts = AccountsTestSupport.accounts(jdbc, clock, Quotas.defaults());
		var clocks = new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
		CheckIns checkIns = new CheckIns(new JdbcCheckInStore(jdbc), screening,
				(event) -> listeners.forEach((l) -> l.accept(event)), clocks, accounts, Quotas.defaults());
		JdbcProgramStore store = new JdbcProgramStore(jdbc);
		Motions motions = new Motions(new JdbcMotionStore(jdbc), accounts, (event) -> {
		}, clocks, transactions, Quotas.defaults());
		Programs programs = new Programs(store, new JdbcSelfTestStore(jdbc), screening, checkIns, motions, accounts,
				new ProgramQuotas(1000, 100_000, 20), clocks, transactions);
		listeners.add((event) -> {
			if (event instanceof PainLogged saved) {
				programs.checkInSaved(saved);
			}
			else if (event instanceof CheckInDeleted deleted) {
				programs.checkInDeleted(deleted);
			}
		});
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		for (AccountId account : List.of(runner, other)) {
			screening.screen(account, RedFlagAnswers.allNo(), RunnerProfile.unknown());
			screening.confirmClearance(account, true);
		}
		Random random = new Random(seed);
		int movedBack = 0;
		int checked = 0;
		for (int step = 0; step < 700; step++) {
			int what = random.nextInt(100);
			if (what < 70) {
				clock.days(1);
			}
			else if (what < 72) {
				clock.days(60 + random.nextInt(30));
			}
			else if (what < 75) {
				clock.days(-(20 + random.nextInt(40)));
				movedBack++;
			}
			LocalDate today = programs.today();
			// the day's writes: sessions and check-ins, some for days before, some changed, some deleted
			int writes = random.nextInt(4);
			for (int w = 0; w < writes; w++) {
				AccountId who = random.nextInt(8) == 0 ? other : runner;
				int kind = random.nextInt(10);
				LocalDate day = today.minusDays(random.nextInt(4) == 0 ? random.nextInt(Programs.DAYS_BACK + 1) : 0);
				if (kind < 5) {
					ExerciseSession session = session(random, day);
					SessionLogged logged = inTransaction.execute((tx) -> programs.log(who, session));
					if (who.equals(runner)) {
						assertThat(logged.completed()).as("completed, step %d", step)
							.isEqualTo(fullReplay(store, checkIns, runner).completed().get(logged.id()));
					}
				}
				else if (kind < 9) {
					CheckIn checkIn = checkIn(random, day);
					inTransaction.executeWithoutResult((tx) -> checkIns.log(who, checkIn));
				}
				else {
					// any check-in, however old
					List<LocalDate> dates = checkInDates(jdbc, who);
					if (!dates.isEmpty()) {
						LocalDate date = dates.get(random.nextInt(dates.size()));
						Boolean deleted = inTransaction.execute((tx) -> checkIns.delete(who, date));
						assertThat(deleted).isTrue();
					}
				}
				assertSameAsFullReplay(programs, store, checkIns, runner, step);
				checked++;
			}
		}
		Progression.Progress full = fullReplay(store, checkIns, runner);
		Programs.Overview overview = programs.overview(runner);
		assertThat(overview.changeCount()).isEqualTo(full.changes().size()).isEqualTo(programs.history(runner).size());
		assertThat(((Plan.Active) overview.plan()).exercises()).allSatisfy((p) -> {
			assertThat(p.step()).isEqualTo(full.position(p.exercise()).step());
			assertThat(p.ruleId()).isEqualTo(full.position(p.exercise()).ruleId());
		});
		assertThat(full.changes()).as("the history moved the doses").hasSizeGreaterThan(10);
		assertThat(store.checkpoint(runner)).as("a checkpoint is in use at the end").isPresent();
		assertThat(movedBack).isPositive();
		assertThat(checked).isGreaterThan(500);
	}

	private static Connection connection(TestDatabase db) {
		try {
			return db.dataSource().getConnection();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void assertSameAsFullReplay(Programs programs, JdbcProgramStore store, CheckIns checkIns,
			AccountId runner, int step) {
		Progression.Progress full = fullReplay(store, checkIns, runner);
		Progression.Progress fast = programs.progress(runner);
		assertThat(fast.state()).as("step %d, checkpoint %s", step, store.checkpoint(runner)).isEqualTo(full.state());
		assertThat(fast.positions()).isEqualTo(full.positions());
		assertThat(fast.changeCount()).isEqualTo(full.changes().size());
	}

	/** The fold from the first session over every session and the latest check-in of each date. */
	static Progression.Progress fullReplay(JdbcProgramStore store, CheckIns checkIns, AccountId runner) {
		Map<LocalDate, MorningAnswer> answers = new HashMap<>();
		for (Morning morning : checkIns.morningsAfter(runner, LocalDate.of(2000, 1, 1))) {
			answers.put(morning.date(), MorningAnswer.of(morning));
		}
		return Progression.replay(store.sessions(runner), answers);
	}

	private static List<LocalDate> checkInDates(JdbcClient jdbc, AccountId account) {
		return jdbc.sql("select distinct check_in_date from check_in where account_id = ? order by check_in_date")
			.param(account.value())
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list();
	}

	private static ExerciseSession session(Random random, LocalDate day) {
		SessionKind kind = random.nextBoolean() ? SessionKind.CORE : SessionKind.PRE_RUN;
		int pain = random.nextInt(5) == 0 ? random.nextInt(11) : random.nextInt(4);
		List<PerformedExercise> done = new ArrayList<>();
		for (Exercise exercise : Exercise.of(kind)) {
			if (random.nextInt(12) > 0) {
				done.add(History.performed(exercise, random.nextInt(6) > 0));
			}
		}
		if (done.isEmpty()) {
			done.add(History.performed(Exercise.of(kind).get(0), true));
		}
		return new ExerciseSession(day, kind, pain, Optional.empty(), done);
	}

	private static CheckIn checkIn(Random random, LocalDate day) {
		CheckInTestData data = CheckInTestData.aCheckIn().on(day).withPain(random.nextInt(3), 2 + random.nextInt(2));
		int answer = random.nextInt(10);
		if (answer > 0) {
			data.nextMorning(answer < 7 ? (answer < 5 ? NextMorning.SAME : NextMorning.BETTER)
					: NextMorning.values()[random.nextInt(NextMorning.values().length)]);
		}
		if (random.nextBoolean()) {
			data.withRun(random.nextInt(8));
		}
		return data.build();
	}

}
