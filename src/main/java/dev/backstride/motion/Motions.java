package dev.backstride.motion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.limits.Quotas;
import dev.backstride.motion.jdbc.JdbcMotionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The motion module's API: analyse a runner's recording and keep the report, read a runner's reports
 * back or delete them, and name the first measured one as the baseline that later ones are compared with.
 * A recording too short for the metrics is kept with the reason; a refused one (unreadable, broken)
 * leaves nothing behind. Each stored measured report publishes {@link PelvisMeasured}.
 */
@Service
public class Motions {

	/** About an hour at 100 Hz: the most samples one recording may have. */
	public static final int MAX_SAMPLES = 400_000;

	private final JdbcMotionStore store;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Quotas quotas;

	public Motions(JdbcMotionStore store, Accounts accounts, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock, PlatformTransactionManager transactions, Quotas quotas) {
		this.store = store;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.transactions = new TransactionTemplate(transactions);
		this.quotas = quotas;
	}

	/** The longest an analysis may run before it is abandoned (an hour of samples takes well under a second). */
	static final Duration TIME_LIMIT = Duration.ofSeconds(20);

	/** How long an upload waits for one of the analysis slots before it is told to come back later. */
	static final Duration QUEUE_LIMIT = Duration.ofSeconds(10);

	/**
	 * Analyses at once: one core is always left for pages and the rest of the API, since requests run
	 * on virtual threads that share the cores.
	 */
	private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true);

	public Measurement analyse(AccountId owner, String source, ImuRecording recording) {
		return analyse(owner, source, recording, List.of());
	}

	/**
	 * Analyses and stores a recording. A runner at a limit of {@link Quotas} gets {@link QuotaExceeded}
	 * and nothing is stored: checked once before the analysis, so a refused upload costs no analysis,
	 * and again, with the account held, just before the report is stored.
	 * @param readerWarnings what the file reader noticed (dropped samples, assumed platform); kept in front
	 * of the analysis's own warnings
	 */
	public Measurement analyse(AccountId owner, String source, ImuRecording recording, List<String> readerWarnings) {
		if (recording.size() > MAX_SAMPLES) {
			return new Measurement.Rejected("The recording has " + recording.size() + " samples; the limit is "
					+ MAX_SAMPLES + " (about an hour at 100 Hz). Upload a shorter part of the run.");
		}
		checkQuota(owner, 0);
		MotionOutcome outcome;
		try {
			if (!this.slots.tryAcquire(QUEUE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return new Measurement.Busy("Backstride is busy analysing other recordings. Nothing was stored;"
						+ " please send it again in a minute.");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Measurement.Busy("The upload was interrupted before its analysis started. Nothing was"
					+ " stored; please send it again.");
		}
		try {
			outcome = PelvisAnalysis.analyse(recording, TIME_LIMIT);
		}
		catch (AnalysisTimedOut ex) {
			return new Measurement.Busy(ex.getMessage());
		}
		finally {
			this.slots.release();
		}
		return switch (outcome) {
			case MotionOutcome.Rejected rejected -> new Measurement.Rejected("The recording cannot be measured: "
					+ rejected.reason() + ".");
			case MotionOutcome.Analysed analysed -> this.transactions.execute(tx -> save(owner, source, recording,
					withWarnings(analysed.report(), readerWarnings)));
		};
	}

	/**
	 * Stores a report and tells the other modules, in one transaction that holds the account, so that the
	 * quota counts every other write of it: the analysis itself holds nothing.
	 */
	private Measurement save(AccountId owner, String source, ImuRecording recording, MotionReport report) {
		String text = this.store.reportText(report);
		this.accounts.holdForWrites(owner);
		checkQuota(owner, JdbcMotionStore.bytes(text));
		Instant now = this.clock.instant();
		long id = this.store.save(owner, now, source, recording.size(), recording.durationSeconds(), report, text);
		if (report.measured()) {
			this.events.publishEvent(new PelvisMeasured(owner, id, PelvisReadings.flags(report, dropThreshold(owner))));
		}
		return new Measurement.Saved(id, now, report);
	}

	private void checkQuota(AccountId owner, long addingBytes) {
		Instant midnight = LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant();
		QuotaExceeded.checkDaily(this.store.countSince(owner, midnight), this.quotas.recordingsPerDay(),
				"recordings", this.clock);
		QuotaExceeded.checkBytes(this.store.reportBytes(owner), addingBytes, this.quotas.reportBytesTotal(),
				"pelvis reports");
	}

	/** A page of the owner's measurements, newest first. */
	@Transactional(readOnly = true)
	public Page<MotionSummary> list(AccountId owner, PageRequest page) {
		return Page.of(this.store.page(owner, page), page, Motions::key);
	}

	/** Where a page that ends with this measurement ends: its time and id. */
	public static Cursor key(MotionSummary summary) {
		return Cursor.of(Cursor.micros(summary.createdAt()), summary.id());
	}

	/** One of the owner's measurements; empty for an unknown id or another runner's. */
	@Transactional(readOnly = true)
	public Optional<MotionAnalysis> find(AccountId owner, long id) {
		return this.store.find(owner, id);
	}

	/** The owner's measurements, newest first. */
	@Transactional(readOnly = true)
	public List<MotionSummary> list(AccountId owner) {
		return this.store.list(owner);
	}

	/**
	 * Deletes one of the owner's recordings and its report; false for an unknown id or another runner's.
	 * When it was the first measured one, the next becomes the baseline.
	 */
	@Transactional
	public boolean delete(AccountId owner, long id) {
		return this.store.delete(owner, id);
	}

	/** The id of the owner's first measurement, which later ones are compared with. */
	@Transactional(readOnly = true)
	public Optional<Long> baselineId(AccountId owner) {
		return this.store.firstId(owner);
	}

	/** The owner's first measurement, which later ones are compared with. */
	@Transactional(readOnly = true)
	public Optional<MotionAnalysis> baseline(AccountId owner) {
		return this.store.first(owner);
	}

	/** The owner's latest measured recording. */
	@Transactional(readOnly = true)
	public Optional<MotionAnalysis> latest(AccountId owner) {
		return this.store.latest(owner);
	}

	/** The contralateral-drop threshold for this runner, from the sex in the profile. */
	public DropThreshold dropThreshold(AccountId owner) {
		return DropThreshold.of(this.accounts.profile(owner).sex());
	}

	private static MotionReport withWarnings(MotionReport report, List<String> first) {
		if (first.isEmpty()) {
			return report;
		}
		List<String> warnings = new ArrayList<>(first);
		warnings.addAll(report.warnings());
		return report.withWarnings(warnings);
	}

}
