package dev.backstride.motion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.motion.jdbc.JdbcMotionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The motion module's API: analyse a runner's recording and keep the report, read a runner's reports
 * back, and name the first one as the baseline that later ones are compared with. A refused recording
 * leaves nothing behind. Each stored report publishes {@link PelvisMeasured}.
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

	public Motions(JdbcMotionStore store, Accounts accounts, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.transactions = new TransactionTemplate(transactions);
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
	 * Analyses and stores a recording.
	 * @param readerWarnings what the file reader noticed (dropped samples, assumed platform); kept in front
	 * of the analysis's own warnings
	 */
	public Measurement analyse(AccountId owner, String source, ImuRecording recording, List<String> readerWarnings) {
		if (recording.size() > MAX_SAMPLES) {
			return new Measurement.Rejected("The recording has " + recording.size() + " samples; the limit is "
					+ MAX_SAMPLES + " (about an hour at 100 Hz). Upload a shorter part of the run.");
		}
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

	/** Stores a report and tells the other modules, in one transaction: the analysis itself holds none. */
	private Measurement save(AccountId owner, String source, ImuRecording recording, MotionReport report) {
		Instant now = this.clock.instant();
		long id = this.store.save(owner, now, source, recording.size(), recording.durationSeconds(), report);
		this.events.publishEvent(new PelvisMeasured(owner, id, PelvisReadings.flags(report, dropThreshold(owner))));
		return new Measurement.Saved(id, now, report);
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

	/** The owner's first measurement, which later ones are compared with. */
	@Transactional(readOnly = true)
	public Optional<MotionAnalysis> baseline(AccountId owner) {
		return this.store.first(owner);
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
		return new MotionReport(report.strides(), report.cadence(), report.tilt(), report.obliquity(),
				report.rotation(), report.asymmetry(), report.curves(), report.excluded(), warnings);
	}

}
