package dev.backstride.motion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.motion.jdbc.JdbcMotionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	public Motions(JdbcMotionStore store, Accounts accounts, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.store = store;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional
	public Measurement analyse(AccountId owner, String source, ImuRecording recording) {
		return analyse(owner, source, recording, List.of());
	}

	/**
	 * Analyses and stores a recording.
	 * @param readerWarnings what the file reader noticed (dropped samples, assumed platform); kept in front
	 * of the analysis's own warnings
	 */
	@Transactional
	public Measurement analyse(AccountId owner, String source, ImuRecording recording, List<String> readerWarnings) {
		if (recording.size() > MAX_SAMPLES) {
			return new Measurement.Rejected("The recording has " + recording.size() + " samples; the limit is "
					+ MAX_SAMPLES + " (about an hour at 100 Hz). Upload a shorter part of the run.");
		}
		return switch (PelvisAnalysis.analyse(recording)) {
			case MotionOutcome.Rejected rejected -> new Measurement.Rejected("The recording cannot be measured: "
					+ rejected.reason() + ".");
			case MotionOutcome.Analysed analysed -> {
				MotionReport report = withWarnings(analysed.report(), readerWarnings);
				Instant now = this.clock.instant();
				long id = this.store.save(owner, now, source, recording.size(), recording.durationSeconds(), report);
				this.events.publishEvent(new PelvisMeasured(owner, id, PelvisReadings.flags(report, dropThreshold(owner))));
				yield new Measurement.Saved(id, now, report);
			}
		};
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
