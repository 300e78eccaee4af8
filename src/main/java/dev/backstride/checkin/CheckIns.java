package dev.backstride.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Accounts;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.limits.Quotas;
import dev.backstride.screening.Screening;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in module's API: log a daily check-in, read the latest and the history, and today's
 * go / modify / stop call ({@link RunCall}), which asks screening first whether the plan is paused.
 * The clock is the application's {@link Clock} bean when there is one, else UTC; "today" is taken in
 * its zone.
 */
@Service
public class CheckIns {

	private final JdbcCheckInStore store;

	private final Screening screening;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Accounts accounts;

	private final Quotas quotas;

	public CheckIns(JdbcCheckInStore store, Screening screening, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock, Accounts accounts, Quotas quotas) {
		this.store = store;
		this.screening = screening;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.accounts = accounts;
		this.quotas = quotas;
	}

	/**
	 * Saves the check-in for its date: today or up to {@link CheckInDates#DAYS_BACK} days back. A
	 * runner has one check-in per date, so a second one for the same date replaces the first. A new
	 * date is refused when the account reached its limit of check-ins made today or in all
	 * ({@link QuotaExceeded}, nothing saved).
	 */
	@Transactional
	public LoggedCheckIn log(AccountId account, CheckIn checkIn) {
		CheckInDates.require(checkIn.date(), today());
		this.accounts.holdForWrites(account);
		boolean updated = this.store.replace(account, checkIn, this.clock.instant());
		if (!updated) {
			QuotaExceeded.checkDaily(this.store.countRecordedOn(account, today(), this.clock.getZone()),
					this.quotas.checkInsPerDay(), "check-ins", this.clock);
			QuotaExceeded.checkTotal(this.store.count(account), this.quotas.checkInsTotal(), "check-ins",
					"Ask whoever runs this Backstride to raise the limit.");
			this.store.save(account, checkIn, this.clock.instant());
		}
		this.events.publishEvent(new PainLogged(account, checkIn.date(), checkIn.painNow().value(),
				checkIn.worstPain24h().value(), checkIn.newOrChangedSymptoms()));
		return new LoggedCheckIn(checkIn, updated);
	}

	/** Deletes the runner's own check-in of that date; false when they have none on it. */
	@Transactional
	public boolean delete(AccountId account, LocalDate date) {
		this.accounts.holdForWrites(account);
		boolean deleted = this.store.delete(account, date) > 0;
		if (deleted) {
			this.events.publishEvent(new CheckInDeleted(account, date));
		}
		return deleted;
	}

	/** The runner's own check-in of that date, if any. */
	@Transactional(readOnly = true)
	public Optional<CheckIn> on(AccountId account, LocalDate date) {
		return this.store.on(account, date);
	}

	@Transactional(readOnly = true)
	public Optional<CheckIn> latest(AccountId account) {
		return this.store.latest(account);
	}

	/** A page of the check-ins, newest first. */
	@Transactional(readOnly = true)
	public Page<CheckIn> history(AccountId account, PageRequest page) {
		return Page.of(this.store.page(account, page), page, CheckIns::key).map(StoredCheckIn::checkIn);
	}

	/**
	 * The check-ins dated {@code from} or later, oldest first: the newest {@code max} of them when there
	 * are more. One bounded read, for rules that look back over a window of days.
	 */
	@Transactional(readOnly = true)
	public List<CheckIn> since(AccountId account, LocalDate from, int max) {
		return this.store.since(account, from, max).reversed();
	}

	/** The morning answers of the check-ins dated after {@code day}, oldest first, one per date. */
	@Transactional(readOnly = true)
	public List<Morning> morningsAfter(AccountId account, LocalDate day) {
		return this.store.morningsAfter(account, day);
	}

	/** Where a page that ends with this check-in ends: its date, time recorded and id. */
	public static Cursor key(StoredCheckIn stored) {
		return Cursor.of(stored.checkIn().date().toEpochDay(), Cursor.micros(stored.recordedAt()), stored.id());
	}

	/** Today in the application clock's zone: the date a check-in made now belongs to. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional(readOnly = true)
	public TodaysCall todaysCall(AccountId account) {
		// The rules need the latest check-in and nothing older: one row, read through the index.
		Optional<StoredCheckIn> latest = this.store.latestStored(account);
		boolean screenedSince = latest.map(StoredCheckIn::recordedAt)
			.flatMap((at) -> this.screening.latestScreening(account).map((s) -> !s.screenedAt().isBefore(at)))
			.orElse(false);
		return RunCall.decide(this.screening.careStatus(account), latest.map(StoredCheckIn::checkIn), screenedSince,
				LocalDate.now(this.clock));
	}

}
