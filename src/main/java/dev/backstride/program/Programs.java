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
import dev.backstride.checkin.CheckInDeleted;
import dev.backstride.checkin.CheckIns;
import dev.backstride.checkin.Morning;
import dev.backstride.checkin.PainLogged;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The program module's API: the runner's plan and its dose history, logging sessions, self-tests and
 * core days. Doses are worked out by replaying the sessions against the check-ins ({@link Progression}):
 * a read goes on from the fold's stored {@link Checkpoint} of some weeks ago, which every write of a
 * session, or of a check-in (saved or deleted), that it stands for drops in the write's transaction.
 * Every call is scoped by the runner's account; "today" is taken in the application clock's zone.
 */
@Service
public class Programs {

	/** How far back a session may be dated: two weeks, to fill in a forgotten day or the time before joining. */
	public static final int DAYS_BACK = 14;

	/**
	 * How many days back the fold's checkpoint is set: well before the days a session or a check-in
	 * may be filled in for, so that filling in a forgotten day does not drop it (deleting an old
	 * check-in does).
	 */
	static final int CHECKPOINT_DAYS_BACK = 28;

	/** A checkpoint older than this many days is moved forward by the next read: a read folds at most about eight weeks. */
	static final int CHECKPOINT_MAX_AGE = 56;

	private static final Logger LOG = LoggerFactory.getLogger(Programs.class);

	private final JdbcProgramStore store;

	private final JdbcSelfTestStore tests;

	private final Screening screening;

	private final CheckIns checkIns;

	private final Motions motions;

	private final Accounts accounts;

	private final ProgramQuotas quotas;

	private final Clock clock;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	public Programs(JdbcProgramStore store, JdbcSelfTestStore tests, Screening screening, CheckIns checkIns,
			Motions motions, Accounts accounts, ProgramQuotas quotas, ObjectProvider<Clock> clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.tests = tests;
		this.screening = screening;
		this.checkIns = checkIns;
		this.motions = motions;
		this.accounts = accounts;
		this.quotas = quotas;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The plan with the doses of today. Outside a transaction (as the pages and the API call it) it
	 * moves the fold's checkpoint forward first when that is due, in a short write transaction of its
	 * own; the plan is then read in one read-only transaction.
	 */
	public Plan plan(AccountId account) {
		return overview(account).plan();
	}

	/** The plan and how many dose changes there have been, from one working out of the doses. */
	public Overview overview(AccountId account) {
		Optional<Checkpoint> checkpoint = checkpointForRead(account);
		return this.reads.execute((tx) -> {
			Progression.Progress progress = progressAfter(account, checkpoint);
			return new Overview(plan(account, progress), progress.changeCount());
		});
	}

	/** The fold as a read works it out: from the checkpoint (moved forward first when due) over the later sessions. */
	Progression.Progress progress(AccountId account) {
		Optional<Checkpoint> checkpoint = checkpointForRead(account);
		return this.reads.execute((tx) -> progressAfter(account, checkpoint));
	}

	/** The plan, and the number of dose changes that led to its doses. */
	public record Overview(Plan plan, int changeCount) {
	}

	private Plan plan(AccountId account, Progression.Progress progress) {
		CareStatus status = this.screening.careStatus(account);
		boolean newSymptoms = status instanceof CareStatus.Active
				&& this.checkIns.todaysCall(account) instanceof TodaysCall.Paused;
		return Planning.plan(status, newSymptoms, coreDays(account), this.tests.latestOfEach(account), pelvis(account),
				progress);
	}

	/** Every dose change, in date order: a replay from the first session. */
	@Transactional(readOnly = true)
	public List<DoseChange> history(AccountId account) {
		return progressAfter(account, Optional.empty()).changes();
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
		// the checkpoint of the fold stands for the sessions up to its day: one of them is new
		this.store.dropCheckpointFrom(account, session.date());
		return new SessionLogged(id,
				progressAfter(account, this.store.checkpoint(account)).completed().getOrDefault(id, false));
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
			.map((account) -> CalendarFeed.write(plan(account, progressAfter(account, this.store.checkpoint(account))),
					today(), now(),
					"program-" + TokenSecrets.hash(secret).substring(0, 16), planLink));
	}

	/**
	 * A check-in was saved for its date: its morning answer judged the sessions of the day before, so a
	 * checkpoint that stands for that day is dropped, in the check-in's transaction.
	 */
	@EventListener
	void checkInSaved(PainLogged saved) {
		this.store.dropCheckpointFrom(saved.account(), saved.date().minusDays(1));
	}

	/** A check-in was deleted: as when one is saved. */
	@EventListener
	void checkInDeleted(CheckInDeleted deleted) {
		this.store.dropCheckpointFrom(deleted.account(), deleted.date().minusDays(1));
	}

	/**
	 * The checkpoint a read goes on from: the stored one, moved forward first when it is missing or
	 * older than {@link #CHECKPOINT_MAX_AGE} days and no transaction is open (a checkpoint is written
	 * in a transaction of its own, never inside a caller's). Empty when there is none to use.
	 */
	private Optional<Checkpoint> checkpointForRead(AccountId account) {
		Optional<Checkpoint> stored = this.reads.execute((tx) -> this.store.checkpoint(account));
		LocalDate today = today();
		if ((stored.isEmpty() || isDue(stored.get(), today))
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			return moveCheckpoint(account, today);
		}
		return stored;
	}

	private static boolean isDue(Checkpoint checkpoint, LocalDate today) {
		return checkpoint.asOf().isBefore(today.minusDays(CHECKPOINT_MAX_AGE));
	}

	/**
	 * Works out the checkpoint as of {@link #CHECKPOINT_DAYS_BACK} days ago (from the one before, when
	 * there is one) and keeps it. It holds the account's write lock, as every write of a session or a
	 * check-in does, so it reads the sessions and check-ins as the last write left them and no write
	 * can slip in between its reads and its save. Should it fail (the account deleted meanwhile, a lock
	 * held too long), the read replays from the first session instead.
	 */
	private Optional<Checkpoint> moveCheckpoint(AccountId account, LocalDate today) {
		LocalDate asOf = today.minusDays(CHECKPOINT_DAYS_BACK);
		try {
			return Optional.ofNullable(this.writes.execute((tx) -> {
				this.accounts.holdForWrites(account);
				Optional<Checkpoint> current = this.store.checkpoint(account);
				if (current.isPresent() && !isDue(current.get(), today)) {
					return current.get();
				}
				Optional<Checkpoint> from = current.filter((c) -> c.asOf().isBefore(asOf));
				List<LoggedSession> sessions = this.store.sessions(account, from.map(Checkpoint::asOf), Optional.of(asOf));
				Progression.Progress progress = Progression.replay(
						from.map(Checkpoint::state).orElse(Progression.State.START), sessions, answersFor(account, sessions));
				Checkpoint moved = new Checkpoint(asOf, progress.state());
				this.store.saveCheckpoint(account, moved);
				return moved;
			}));
		}
		catch (DataAccessException ex) {
			LOG.warn("The exercise plan's checkpoint was not moved forward ({}); this read replays every session",
					ex.toString());
			return Optional.empty();
		}
	}

	/** The fold from the checkpoint (from the first session when there is none) over the sessions after it. */
	private Progression.Progress progressAfter(AccountId account, Optional<Checkpoint> checkpoint) {
		List<LoggedSession> sessions = this.store.sessions(account, checkpoint.map(Checkpoint::asOf), Optional.empty());
		return Progression.replay(checkpoint.map(Checkpoint::state).orElse(Progression.State.START), sessions,
				answersFor(account, sessions));
	}

	/** The morning answers that judge these sessions (in date order): those dated after the first one's day. */
	private Map<LocalDate, MorningAnswer> answersFor(AccountId account, List<LoggedSession> sessions) {
		return sessions.isEmpty() ? Map.of() : answersSince(account, sessions.get(0).session().date());
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
