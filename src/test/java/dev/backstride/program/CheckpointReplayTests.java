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
import java.util.stream.LongStream;
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
 * Two instances of the modules share the database, and each write and each read goes to either: nothing
 * of the checkpoint is kept in one instance's memory. Half the check-ins answer for the morning after a
 * recent session and half the deletes hit the days around the one after the checkpoint's, and the test
 * asserts that sessions, check-ins and deletes all landed on days a checkpoint stood for (leaving out
 * any one of the three drops, or dropping from a day too late, fails it).
 */
class CheckpointReplayTests {

	private static final LocalDate START = LocalDate.parse("2025-01-06");

	static Stream<Arguments> databasesAndSeeds() {
		return TestDatabases.all()
			.stream()
			.flatMap((db) -> LongStream.rangeClosed(1, db.name().equals("H2") ? 8 : 4)
				.boxed()
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
		MovingClock clock = new MovingClock(START.atTime(12, 0).toInstant(ZoneOffset.UTC));
		// one connection for the whole test (the test data sources open a new one for each statement)
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection(db), true);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		// each write in a transaction of its own, as the services' @Transactional gives it in the application
		TransactionTemplate inTransaction = new TransactionTemplate(transactions);
		Screening screening = ScreeningTestSupport.screening(jdbc, clock, new ArrayList<>());
		Accounts accounts = AccountsTestSupport.accounts(jdbc, clock, Quotas.defaults());
		JdbcProgramStore store = new JdbcProgramStore(jdbc);
		// two instances of the application on one database: each write and each read goes to either
		List<Instance> instances = List.of(Instance.of(jdbc, clock, transactions, screening, accounts),
				Instance.of(jdbc, clock, transactions, screening, accounts));
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		for (AccountId account : List.of(runner, other)) {
			screening.screen(account, RedFlagAnswers.allNo(), RunnerProfile.unknown());
			screening.confirmClearance(account, true);
		}
		Random random = new Random(seed);
		Programs programs = instances.get(0).programs();
		CheckIns checkIns = instances.get(0).checkIns();
		int movedBack = 0;
		// the writes made to days the runner's checkpoint stood for, by kind
		Map<String, Integer> onCheckpoint = new HashMap<>();
		int checked = 0;
		for (int step = 0; step < 700; step++) {
			int what = random.nextInt(100);
			if (what < 70) {
				clock.days(1);
			}
			else if (what < 72) {
				clock.days(60 + random.nextInt(30));
			}
			else if (what < 75 && programs.today().minusDays(120).isAfter(START)) {
				// back onto days already written, which a checkpoint may stand for
				clock.days(-(20 + random.nextInt(40)));
				movedBack++;
			}
			LocalDate today = programs.today();
			Instance writer = instances.get(random.nextInt(2));
			Instance reader = instances.get(random.nextInt(2));
			// the day's writes: sessions and check-ins, some for days before, some changed, some deleted
			int writes = random.nextInt(4);
			for (int w = 0; w < writes; w++) {
				AccountId who = random.nextInt(8) == 0 ? other : runner;
				int kind = random.nextInt(10);
				LocalDate day = today.minusDays(random.nextInt(4) == 0 ? random.nextInt(Programs.DAYS_BACK + 1) : 0);
				Optional<LocalDate> standsFor = who.equals(runner) ? store.checkpoint(runner).map(Checkpoint::asOf)
						: Optional.empty();
				if (kind < 5) {
					standsFor.filter((asOf) -> !asOf.isBefore(day)).ifPresent((d) -> onCheckpoint.merge("session", 1, Integer::sum));
					ExerciseSession session = session(random, day);
					SessionLogged logged = inTransaction.execute((tx) -> writer.programs().log(who, session));
					if (who.equals(runner)) {
						assertThat(logged.completed()).as("completed, step %d", step)
							.isEqualTo(fullReplay(store, checkIns, runner).completed().get(logged.id()));
					}
				}
				else if (kind < 9) {
					// half of them the morning after one of the last two weeks' sessions
					List<LoggedSession> recent = store.sessions(who, Optional.of(today.minusDays(Programs.DAYS_BACK + 1)),
							Optional.of(today.minusDays(1)));
					LocalDate checkInDay = recent.isEmpty() || random.nextBoolean() ? day
							: recent.get(random.nextInt(recent.size())).session().date().plusDays(1);
					standsFor.filter((asOf) -> !asOf.isBefore(checkInDay.minusDays(1)))
						.ifPresent((d) -> onCheckpoint.merge("check-in", 1, Integer::sum));
					CheckIn checkIn = checkIn(random, checkInDay);
					inTransaction.executeWithoutResult((tx) -> writer.checkIns().log(who, checkIn));
				}
				else {
					// any check-in, however old; half the time one dated around the day after the checkpoint's
					List<LocalDate> all = checkInDates(jdbc, who);
					List<LocalDate> near = standsFor
						.map((asOf) -> all.stream().filter((d) -> !d.isBefore(asOf) && !d.isAfter(asOf.plusDays(2))).toList())
						.orElse(List.of());
					List<LocalDate> dates = near.isEmpty() || random.nextBoolean() ? all : near;
					if (!dates.isEmpty()) {
						LocalDate date = dates.get(random.nextInt(dates.size()));
						standsFor.filter((asOf) -> !asOf.isBefore(date.minusDays(1)))
							.ifPresent((d) -> onCheckpoint.merge("delete", 1, Integer::sum));
						Boolean deleted = inTransaction.execute((tx) -> writer.checkIns().delete(who, date));
						assertThat(deleted).isTrue();
					}
				}
				assertSameAsFullReplay(reader.programs(), store, checkIns, runner, step);
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
		assertThat(onCheckpoint).as("writes on days a checkpoint stood for").containsKeys("session", "check-in", "delete");
		assertThat(checked).isGreaterThan(500);
	}

	/** The check-in and program modules of one application instance, the check-in events wired to the program's listeners. */
	record Instance(CheckIns checkIns, Programs programs) {

		static Instance of(JdbcClient jdbc, Clock clock, DataSourceTransactionManager transactions, Screening screening,
				Accounts accounts) {
			List<Consumer<Object>> listeners = new ArrayList<>();
			var clocks = new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
			CheckIns checkIns = new CheckIns(new JdbcCheckInStore(jdbc), screening,
					(event) -> listeners.forEach((l) -> l.accept(event)), clocks, accounts, Quotas.defaults());
			Motions motions = new Motions(new JdbcMotionStore(jdbc), accounts, (event) -> {
			}, clocks, transactions, Quotas.defaults());
			Programs programs = new Programs(new JdbcProgramStore(jdbc), new JdbcSelfTestStore(jdbc), screening, checkIns,
					motions, accounts, new ProgramQuotas(1000, 100_000, 20), clocks, transactions);
			listeners.add((event) -> {
				if (event instanceof PainLogged saved) {
					programs.checkInSaved(saved);
				}
				else if (event instanceof CheckInDeleted deleted) {
					programs.checkInDeleted(deleted);
				}
			});
			return new Instance(checkIns, programs);
		}

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
