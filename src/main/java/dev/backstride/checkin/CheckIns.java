package dev.backstride.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
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

	public CheckIns(JdbcCheckInStore store, Screening screening, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.store = store;
		this.screening = screening;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional
	public CheckIn log(AccountId account, CheckIn checkIn) {
		this.store.save(account, checkIn, this.clock.instant());
		this.events.publishEvent(new PainLogged(account, checkIn.date(), checkIn.painNow().value(),
				checkIn.worstPain24h().value(), checkIn.newOrChangedSymptoms()));
		return checkIn;
	}

	@Transactional(readOnly = true)
	public Optional<CheckIn> latest(AccountId account) {
		return this.store.latest(account);
	}

	/** Check-ins, newest first. */
	@Transactional(readOnly = true)
	public List<CheckIn> history(AccountId account) {
		return this.store.history(account);
	}

	/** Today in the application clock's zone: the date a check-in made now belongs to. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Transactional(readOnly = true)
	public TodaysCall todaysCall(AccountId account) {
		Optional<Instant> recordedAt = this.store.latestRecordedAt(account);
		boolean screenedSince = recordedAt
			.flatMap((at) -> this.screening.latestScreening(account).map((s) -> !s.screenedAt().isBefore(at)))
			.orElse(false);
		return RunCall.decide(this.screening.careStatus(account), this.store.latest(account), screenedSince,
				LocalDate.now(this.clock));
	}

}
