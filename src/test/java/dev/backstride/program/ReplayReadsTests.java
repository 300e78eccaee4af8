package dev.backstride.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases;
import dev.backstride.TestDatabases.TestDatabase;
import dev.backstride.account.AccountId;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckInTestData;
import dev.backstride.checkin.Morning;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.program.jdbc.JdbcProgramStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads the plan is worked out from (every session with its sets in one read, and one morning
 * answer per date in one read), on H2 and PostgreSQL, give the same doses, changes and completions as
 * the fold over the history as it was written, and as the fold over the same rows read the long way
 * (a page at a time, every column): with sessions stored out of date order (logged late), a date
 * checked in twice (the later one counts) and another runner's rows beside them.
 */
class ReplayReadsTests {

	private static final Instant T0 = Instant.parse("2026-11-01T06:00:00Z");

	static Stream<Arguments> databasesAndSeeds() {
		return TestDatabases.all().stream().flatMap((db) -> Stream.of(17L, 42L).map((seed) -> Arguments.of(db, seed)));
	}

	@ParameterizedTest(name = "{0}, seed {1}")
	@MethodSource("databasesAndSeeds")
	void theOneReadReplayEqualsTheFullReplay(TestDatabase db, long seed) {
		JdbcClient jdbc = JdbcClient.create(db.dataSource());
		JdbcProgramStore sessions = new JdbcProgramStore(jdbc);
		JdbcCheckInStore checkIns = new JdbcCheckInStore(jdbc);
		AccountId runner = TestAccounts.create(jdbc);
		AccountId other = TestAccounts.create(jdbc);
		GeneratedHistoriesTests.Generated history = GeneratedHistoriesTests.generate(seed);
		Random random = new Random(seed);
		Map<Long, Long> writtenIds = new HashMap<>();
		// one transaction: a commit per row would make this test slow on PostgreSQL for nothing
		new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())).executeWithoutResult((tx) -> {
			// logged in a shuffled order: a late session is stored after later days' sessions
			List<LoggedSession> written = new ArrayList<>(history.sessions());
			Collections.shuffle(written, random);
			int n = 0;
			for (LoggedSession logged : written) {
				Instant at = T0.plusSeconds(60L * n++);
				writtenIds.put(sessions.save(runner, logged.session(), at), logged.id());
				sessions.save(other, logged.session(), at);
			}
			for (MorningAnswer answer : history.answers().values()) {
				// an earlier check-in of the same date saying the opposite, replaced in effect by the later one
				checkIns.save(runner, checkIn(answer.date(), Optional.of(NextMorning.WORSE), Optional.of(9)),
						T0.minusSeconds(3600));
				checkIns.save(runner, checkIn(answer.date(), answer.nextMorning(), answer.runPain()), T0);
				checkIns.save(other, checkIn(answer.date(), Optional.of(NextMorning.WORSE), Optional.of(9)),
						T0.plusSeconds(1));
			}
		});
		LocalDate first = history.sessions().stream().map((s) -> s.session().date()).min(LocalDate::compareTo).orElseThrow();

		Progression.Progress fast = Progression.replay(sessions.sessions(runner), mornings(checkIns, runner, first));
		Progression.Progress asWritten = Progression.replay(history.sessions(), history.answers());
		Progression.Progress longWay = Progression.replay(pagedSessions(sessions, runner), pagedAnswers(checkIns, runner, first));

		assertThat(fast.positions()).isEqualTo(asWritten.positions()).isEqualTo(longWay.positions());
		assertThat(fast.changes()).isEqualTo(asWritten.changes()).isEqualTo(longWay.changes());
		assertThat(fast.completed()).isEqualTo(longWay.completed());
		Map<Long, Boolean> completedAsWritten = new HashMap<>();
		fast.completed().forEach((id, done) -> completedAsWritten.put(writtenIds.get(id), done));
		assertThat(completedAsWritten).isEqualTo(asWritten.completed());
		assertThat(sessions.sessions(runner)).isSortedAccordingTo(LoggedSession.IN_DATE_ORDER)
			.containsExactlyInAnyOrderElementsOf(pagedSessions(sessions, runner));
	}

	private static CheckIn checkIn(LocalDate date, Optional<NextMorning> morning, Optional<Integer> runPain) {
		CheckInTestData data = CheckInTestData.aCheckIn().on(date).withPain(1, 2);
		runPain.ifPresent(data::withRun);
		morning.ifPresent(data::nextMorning);
		return data.build();
	}

	private static Map<LocalDate, MorningAnswer> mornings(JdbcCheckInStore checkIns, AccountId runner, LocalDate first) {
		Map<LocalDate, MorningAnswer> answers = new HashMap<>();
		for (Morning morning : checkIns.morningsAfter(runner, first)) {
			assertThat(answers.put(morning.date(), MorningAnswer.of(morning))).as("one answer per date").isNull();
		}
		return answers;
	}

	/** The check-ins a page at a time, newest first, full rows: the latest of each date after {@code first}. */
	private static Map<LocalDate, MorningAnswer> pagedAnswers(JdbcCheckInStore checkIns, AccountId runner,
			LocalDate first) {
		Map<LocalDate, MorningAnswer> answers = new HashMap<>();
		for (CheckIn checkIn : checkIns.history(runner)) {
			if (checkIn.date().isAfter(first)) {
				answers.putIfAbsent(checkIn.date(), MorningAnswer.of(checkIn));
			}
		}
		return answers;
	}

	private static List<LoggedSession> pagedSessions(JdbcProgramStore sessions, AccountId runner) {
		List<LoggedSession> all = new ArrayList<>();
		PageRequest request = PageRequest.first(7);
		while (true) {
			Page<LoggedSession> page = Page.of(sessions.page(runner, request), request, Programs::key);
			all.addAll(page.items());
			if (page.next().isEmpty()) {
				return all;
			}
			request = new PageRequest(7, page.next());
		}
	}

}
