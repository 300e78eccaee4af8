package dev.backstride.runs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.runs.jdbc.JdbcRunStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run log's API: log a run by hand, store an imported one (unless the same run is already
 * there), read an account's runs over a span of days ({@link #runsBetween}, what training load reads),
 * one run, its original file, and correct its terrain. Dates are taken in the application clock's
 * zone (UTC unless a {@link Clock} bean says otherwise).
 */
@Service
@EnableConfigurationProperties(RunsSettings.class)
public class Runs {

	private final JdbcRunStore store;

	private final Accounts accounts;

	private final Clock clock;

	private final RunsSettings settings;

	public Runs(JdbcRunStore store, Accounts accounts, ObjectProvider<Clock> clock, RunsSettings settings) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.settings = settings;
	}

	@Transactional
	public Run log(AccountId account, ManualRun entry) {
		holdRoomForOneMore(account);
		ZonedDateTime start = entry.date().atTime(entry.startTime().orElse(LocalTime.MIDNIGHT)).atZone(this.clock.getZone());
		Run run = new Run(0, entry.date(), start.toInstant(), entry.startTime().isPresent(), entry.durationSeconds(),
				entry.durationSeconds(), entry.distanceMeters(), java.util.OptionalDouble.empty(),
				java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), "running", Optional.empty(),
				entry.terrain(), false, RunSource.MANUAL, Optional.of(entry.feel()), RunningDynamics.none());
		long id = this.store.insert(account, run, this.clock.instant());
		return this.store.find(account, id).orElseThrow();
	}

	/**
	 * Stores a run read from a file with its original, in one transaction, unless a run starting within
	 * a minute and within 1 % of its distance is already stored (from any source): then that run's id.
	 */
	@Transactional
	public StoreOutcome store(AccountId account, Recording recording, OriginalFile original) {
		holdRoomForOneMore(account);
		Optional<Run> same = this.store.startingNear(account, recording.start(), Duplicates.START_WINDOW)
			.stream()
			.filter((r) -> Duplicates.same(r.start(), r.distanceMeters(), recording.start(), recording.distanceMeters()))
			.findFirst();
		if (same.isPresent()) {
			return new StoreOutcome.AlreadyStored(same.get().id());
		}
		TerrainGuess.Guess terrain = TerrainGuess.of(recording);
		int elapsed = (int) Math.max(1, Math.round(recording.elapsedSeconds()));
		int moving = (int) Math.min(elapsed, Math.round(recording.movingSeconds()));
		Run run = new Run(0, LocalDate.ofInstant(recording.start(), this.clock.getZone()),
				recording.start().truncatedTo(ChronoUnit.MILLIS), true, elapsed, moving, recording.distanceMeters(),
				recording.ascentMeters(), recording.avgHeartRate(), recording.avgCadence(), recording.sport(),
				recording.subSport(), terrain.terrain(), terrain.inferred(), recording.format(), Optional.empty(),
				recording.dynamics());
		long id = this.store.insert(account, run, this.clock.instant());
		this.store.saveOriginal(id, original);
		return new StoreOutcome.Stored(id);
	}

	/**
	 * The account's runs on the days from {@code from} to {@code to}, both included, oldest first. The
	 * span is at most {@link RunsSettings#maxSpanDays()} days.
	 */
	@Transactional(readOnly = true)
	public List<Run> runsBetween(AccountId account, LocalDate from, LocalDate to) {
		checkSpan(from, to);
		return this.store.between(account, from, to, this.settings.maxRunsTotal());
	}

	/**
	 * The same runs as {@link #runsBetween}, in the same order and within the same limits, read as the
	 * few columns that training load needs.
	 */
	@Transactional(readOnly = true)
	public List<RunSummary> summariesBetween(AccountId account, LocalDate from, LocalDate to) {
		checkSpan(from, to);
		return this.store.summariesBetween(account, from, to, this.settings.maxRunsTotal());
	}

	private void checkSpan(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The end date must not be before the start date.");
		}
		if (ChronoUnit.DAYS.between(from, to) >= this.settings.maxSpanDays()) {
			throw new IllegalArgumentException(
					"Ask for at most " + this.settings.maxSpanDays() + " days of runs at a time.");
		}
	}

	/** The day of the account's latest run, if it has any. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> latestRunDate(AccountId account) {
		return this.store.latestDate(account);
	}

	/** The day of the account's latest run before {@code day}, if it has one. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> latestRunDateBefore(AccountId account, LocalDate day) {
		return this.store.latestDateBefore(account, day);
	}

	@Transactional(readOnly = true)
	public Optional<Run> find(AccountId account, long id) {
		return this.store.find(account, id);
	}

	@Transactional(readOnly = true)
	public Optional<OriginalFile> original(AccountId account, long id) {
		return this.store.original(account, id);
	}

	/** Sets the terrain the runner says (no longer a guess); {@link RunNotFound} when the run is not theirs. */
	@Transactional
	public Run correctTerrain(AccountId account, long id, Terrain terrain) {
		if (!this.store.setTerrain(account, id, terrain)) {
			throw new RunNotFound(id);
		}
		return this.store.find(account, id).orElseThrow(() -> new RunNotFound(id));
	}

	/** Today in the application clock's zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public RunsSettings settings() {
		return this.settings;
	}

	private void holdRoomForOneMore(AccountId account) {
		this.accounts.holdForWrites(account);
		QuotaExceeded.checkTotal(this.store.count(account), this.settings.maxRunsTotal(), "runs",
				"Ask whoever runs this Backstride to raise the limit.");
	}

}
