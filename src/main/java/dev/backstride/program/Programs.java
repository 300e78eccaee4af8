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
import dev.backstride.account.TokenSecrets;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.Morning;
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

	/** The days from {@code from} to {@code to} (both included) with a core session, oldest first, each once. */
	@Transactional(readOnly = true)
	public List<LocalDate> coreSessionDays(AccountId account, LocalDate from, LocalDate to) {
		return this.store.sessionDays(account, SessionKind.CORE, from, to);
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

	/**
	 * Opens a private calendar feed of the plan: a new secret, of which only the hash is kept, so a
	 * new one replaces (and so revokes) the old. The secret is shown to the runner once.
	 */
	@Transactional
	public String openCalendar(AccountId account) {
		this.accounts.holdForWrites(account);
		String secret = TokenSecrets.newSecret();
		this.store.saveCalendarHash(account, Optional.of(TokenSecrets.hash(secret)), now(), CoreDays.DEFAULT);
		return secret;
	}

	/** Revokes the calendar feed: its address stops working at once. */
	@Transactional
	public void closeCalendar(AccountId account) {
		this.accounts.holdForWrites(account);
		this.store.saveCalendarHash(account, Optional.empty(), now(), CoreDays.DEFAULT);
	}

	/** When the current calendar feed was opened; empty when there is none. */
	@Transactional(readOnly = true)
	public Optional<Instant> calendarOpenedAt(AccountId account) {
		return this.store.calendarCreatedAt(account);
	}

	/** The feed for a calendar secret, or empty for a secret that is unknown or revoked. */
	@Transactional(readOnly = true)
	public Optional<String> calendar(String secret, String planLink) {
		if (!secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return this.store.accountByCalendarHash(TokenSecrets.hash(secret))
			.map((account) -> CalendarFeed.write(plan(account), today(), now(),
					"program-" + TokenSecrets.hash(secret).substring(0, 16), planLink));
	}

	private Progression.Progress progress(AccountId account) {
		List<LoggedSession> sessions = this.store.sessions(account);
		Optional<LocalDate> first = sessions.stream().map((s) -> s.session().date()).min(LocalDate::compareTo);
		return Progression.replay(sessions, first.map((day) -> answersSince(account, day)).orElse(Map.of()));
	}

	/** The morning answers of the check-ins dated after {@code day}: the latest check-in of each date. */
	private Map<LocalDate, MorningAnswer> answersSince(AccountId account, LocalDate day) {
		Map<LocalDate, MorningAnswer> answers = new HashMap<>();
		for (Morning morning : this.checkIns.morningsAfter(account, day)) {
			answers.put(morning.date(), MorningAnswer.of(morning));
		}
		return answers;
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
