package dev.backstride.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.TodaysCall;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.motion.Motions;
import dev.backstride.program.jdbc.JdbcProgramStore;
import dev.backstride.program.jdbc.JdbcSelfTestStore;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.Screening;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program module's API: the runner's plan and its dose history, logging sessions, self-tests and
 * core days. Doses are never stored: each read replays the sessions against the check-ins
 * ({@link Progression}). Every call is scoped by the runner's account; "today" is taken in the
 * application clock's zone.
 */
@Service
public class Programs {

	/** How far back a session may be dated: two weeks, to fill in a forgotten day or the time before joining. */
	public static final int DAYS_BACK = 14;

	private final JdbcProgramStore store;

	private final JdbcSelfTestStore tests;

	private final Screening screening;

	private final CheckIns checkIns;

	private final Motions motions;

	private final Accounts accounts;

	private final ProgramQuotas quotas;

	private final Clock clock;

	public Programs(JdbcProgramStore store, JdbcSelfTestStore tests, Screening screening, CheckIns checkIns,
			Motions motions, Accounts accounts, ProgramQuotas quotas, ObjectProvider<Clock> clock) {
		this.store = store;
		this.tests = tests;
		this.screening = screening;
		this.checkIns = checkIns;
		this.motions = motions;
		this.accounts = accounts;
		this.quotas = quotas;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional(readOnly = true)
	public Plan plan(AccountId account) {
		CareStatus status = this.screening.careStatus(account);
		boolean newSymptoms = status instanceof CareStatus.Active
				&& this.checkIns.todaysCall(account) instanceof TodaysCall.Paused;
		return Planning.plan(status, newSymptoms, coreDays(account), this.tests.latestOfEach(account), pelvis(account),
				progress(account));
	}

	/** Every dose change, in date order. */
	@Transactional(readOnly = true)
	public List<DoseChange> history(AccountId account) {
		return progress(account).changes();
	}

	@Transactional(readOnly = true)
	public CoreDays coreDays(AccountId account) {
		return this.store.coreDays(account).orElse(CoreDays.DEFAULT);
	}

	@Transactional
	public CoreDays chooseCoreDays(AccountId account, CoreDays days) {
		this.accounts.holdForWrites(account);
		this.store.saveCoreDays(account, days);
		return days;
	}

	/**
	 * Logs a session (refused by {@link QuotaExceeded} when the account reached a limit, nothing
	 * saved) and says whether it was completed at the dose of its day.
	 */
	@Transactional
	public SessionLogged log(AccountId account, ExerciseSession session) {
		this.accounts.holdForWrites(account);
		QuotaExceeded.checkDaily(this.store.countSessionsSince(account, midnight()), this.quotas.sessionsPerDay(),
				"exercise sessions", this.clock);
		QuotaExceeded.checkTotal(this.store.countSessions(account), this.quotas.sessionsTotal(), "exercise sessions",
				"Ask whoever runs this Backstride to raise the limit.");
		long id = this.store.save(account, session, now());
		return new SessionLogged(id, progress(account).completed().getOrDefault(id, false));
	}

	/** A page of the sessions, newest first. */
	@Transactional(readOnly = true)
	public Page<LoggedSession> sessions(AccountId account, PageRequest page) {
		return Page.of(this.store.page(account, page), page, Programs::key);
	}

	public static Cursor key(LoggedSession session) {
		return Cursor.of(session.session().date().toEpochDay(), Cursor.micros(session.recordedAt()), session.id());
	}

	@Transactional
	public TakenTest takeTest(AccountId account, SelfTest test) {
		this.accounts.holdForWrites(account);
		QuotaExceeded.checkDaily(this.tests.countSince(account, midnight()), this.quotas.selfTestsPerDay(),
				"self-test results", this.clock);
		return this.tests.save(account, test, now());
	}

	/** A page of self-test results, newest first. */
	@Transactional(readOnly = true)
	public Page<TakenTest> tests(AccountId account, PageRequest page) {
		return Page.of(this.tests.page(account, page), page,
				(t) -> Cursor.of(Cursor.micros(t.takenAt()), t.id()));
	}

	private Progression.Progress progress(AccountId account) {
		List<LoggedSession> sessions = this.store.sessions(account);
		Optional<LocalDate> first = sessions.stream().map((s) -> s.session().date()).min(LocalDate::compareTo);
		return Progression.replay(sessions, first.map((day) -> answersSince(account, day)).orElse(Map.of()));
	}

	/** The morning answers of the check-ins dated after {@code day}: the latest check-in of each date. */
	private Map<LocalDate, MorningAnswer> answersSince(AccountId account, LocalDate day) {
		Map<LocalDate, MorningAnswer> answers = new HashMap<>();
		PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
		while (true) {
			Page<CheckIn> page = this.checkIns.history(account, request);
			for (CheckIn checkIn : page.items()) {
				if (!checkIn.date().isAfter(day)) {
					return answers;
				}
				answers.putIfAbsent(checkIn.date(), MorningAnswer.of(checkIn));
			}
			if (page.next().isEmpty()) {
				return answers;
			}
			request = new PageRequest(PageRequest.MAX_LIMIT, page.next());
		}
	}

	private PelvisFinding pelvis(AccountId account) {
		double threshold = this.motions.dropThreshold(account).degrees();
		return this.motions.list(account, PageRequest.first(1))
			.items()
			.stream()
			.findFirst()
			.<PelvisFinding>map((m) -> new PelvisFinding.Measured(Math.max(m.leftDrop(), m.rightDrop()), threshold))
			.orElse(new PelvisFinding.NotMeasured());
	}

	private Instant midnight() {
		return today().atStartOfDay(this.clock.getZone()).toInstant();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
