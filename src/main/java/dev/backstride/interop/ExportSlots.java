package dev.backstride.interop;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.backstride.account.AccountId;

import org.springframework.stereotype.Service;

/**
 * The places for downloads of a runner's data in this instance, in the manner of the motion analysis's
 * slots: a fair semaphore of {@link ExportSettings#atOnce()} places, waited for a short while, then a
 * {@link ExportTurn.Busy} the runner is shown (the API answers 503 with {@code Retry-After}). An account
 * has one download at a time, refused at once when it already has one: a second click, or the zip and
 * the FHIR file together, would only read the same data twice.
 */
@Service
public class ExportSlots {

	public static final String YOURS = "Your data is already being prepared for another download. Please let that"
			+ " one finish, then try again.";

	public static final String OTHERS = "Backstride is preparing other downloads right now. Nothing is lost; please"
			+ " try again in a minute.";

	private final ExportSettings settings;

	private final Clock clock;

	private final Semaphore places;

	private final Set<AccountId> running = ConcurrentHashMap.newKeySet();

	public ExportSlots(ExportSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.places = new Semaphore(settings.atOnce(), true);
	}

	/** A place for the owner's download, or why not now. */
	public ExportTurn take(AccountId owner) {
		if (!this.running.add(owner)) {
			return new ExportTurn.Busy(YOURS, this.settings.retryAfter());
		}
		boolean granted = false;
		try {
			if (!this.places.tryAcquire(this.settings.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				return new ExportTurn.Busy(OTHERS, this.settings.retryAfter());
			}
			granted = true;
			return new ExportTurn.Granted(new ExportSlot(this.clock, this.settings.timeLimit(), () -> {
				this.places.release();
				this.running.remove(owner);
			}));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ExportTurn.Busy(OTHERS, this.settings.retryAfter());
		}
		finally {
			if (!granted) {
				this.running.remove(owner);
			}
		}
	}

	/** Downloads being prepared now. */
	public int inUse() {
		return this.settings.atOnce() - this.places.availablePermits();
	}

}
