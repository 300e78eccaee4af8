package dev.backstride.checkin;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Builds check-ins for tests: {@code aCheckIn().on(day).withRun(4).nextMorning(SAME).build()}. */
public final class CheckInTestData {

	public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private LocalDate date = TODAY;

	private int painNow = 1;

	private int worst = 2;

	private Set<PainLocation> locations = EnumSet.of(PainLocation.CENTRAL);

	private Set<PainKind> kinds = EnumSet.of(PainKind.ACHE);

	private Set<PainTiming> timing = EnumSet.of(PainTiming.AFTER_RUN);

	private Optional<LastRun> lastRun = Optional.empty();

	private Optional<NextMorning> nextMorning = Optional.empty();

	private boolean newSymptoms;

	private CheckInTestData() {
	}

	public static CheckInTestData aCheckIn() {
		return new CheckInTestData();
	}

	public CheckInTestData on(LocalDate date) {
		this.date = date;
		return this;
	}

	public CheckInTestData withPain(int now, int worst) {
		this.painNow = now;
		this.worst = worst;
		return this;
	}

	public CheckInTestData withRun(int painDuring) {
		return withRun(painDuring, false);
	}

	public CheckInTestData withRun(int painDuring, boolean changedStride) {
		this.lastRun = Optional.of(LastRun.of(painDuring, changedStride));
		return this;
	}

	public CheckInTestData nextMorning(NextMorning morning) {
		this.nextMorning = Optional.of(morning);
		return this;
	}

	public CheckInTestData withNewSymptoms() {
		this.newSymptoms = true;
		return this;
	}

	public CheckInTestData at(Set<PainLocation> locations, Set<PainKind> kinds, Set<PainTiming> timing) {
		this.locations = locations;
		this.kinds = kinds;
		this.timing = timing;
		return this;
	}

	public CheckIn build() {
		return new CheckIn(this.date, PainScore.of(this.painNow), PainScore.of(this.worst), this.locations, this.kinds,
				this.timing, this.lastRun, this.nextMorning, this.newSymptoms);
	}

}
