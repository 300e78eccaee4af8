package dev.backstride.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A profile as the runner typed it, before it is checked: any field may be missing. {@link #check()}
 * finds every problem at once, each with the field it belongs to, so that a form can show them all
 * together. The weekly distance is in the runner's {@link Units}.
 *
 * <p>
 * Rules beyond each field's own range: the age is required (it changes what some safety answers mean); years
 * of running are at most the age minus 5 (nobody trains before 5); the usual weekly distance is at most
 * 400 km or 250 miles (more than elite ultra-runners' training weeks); terrain shares are all empty or
 * add up to 100.
 */
public record ProfileDraft(@Nullable Integer age, @Nullable String sex, @Nullable BigDecimal yearsRunning,
		@Nullable BigDecimal weeklyDistance, Units units, @Nullable Integer road, @Nullable Integer trail,
		@Nullable Integer track, @Nullable Integer treadmill) {

	public static final int YOUNGEST_RUNNING_AGE = 5;

	public static final BigDecimal MOST_KM_PER_WEEK = BigDecimal.valueOf(400);

	public static final BigDecimal MOST_MILES_PER_WEEK = BigDecimal.valueOf(250);

	/** One problem with what was typed: the field it belongs to and a sentence saying what to fix. */
	public record Problem(String field, String message) {
	}

	/** Either a profile ready to save, in kilometres, or every problem found. */
	public sealed interface Checked {

		record Valid(Profile profile, Units units) implements Checked {
		}

		record Invalid(List<Problem> problems) implements Checked {

			public Invalid {
				problems = List.copyOf(problems);
			}

			/** All the messages as one paragraph, for an API problem's detail. */
			public String sentences() {
				return String.join(" ", this.problems.stream().map(Problem::message).toList());
			}

		}

	}

	public Checked check() {
		List<Problem> problems = new ArrayList<>();
		if (this.age == null) {
			problems.add(new Problem("age", "Enter your age: it changes what some safety answers mean."));
		}
		else if (this.age < 10 || this.age > 110) {
			problems.add(new Problem("age", "Age must be between 10 and 110."));
		}
		Optional<Sex> parsedSex = sex(problems);
		checkYears(problems);
		BigDecimal most = this.units == Units.KM ? MOST_KM_PER_WEEK : MOST_MILES_PER_WEEK;
		if (this.weeklyDistance != null && !withinTenths(this.weeklyDistance, most)) {
			problems.add(new Problem("weeklyDistance", "Weekly distance must be a number of " + this.units.word()
					+ " from 0 to " + most + ", with at most three decimals."));
		}
		TerrainMix terrain = terrain(problems);
		if (!problems.isEmpty()) {
			return new Checked.Invalid(problems);
		}
		return new Checked.Valid(new Profile(Optional.ofNullable(this.age), parsedSex,
				Optional.ofNullable(this.yearsRunning),
				Optional.ofNullable(this.weeklyDistance).map(this.units::toKm), terrain), this.units);
	}

	private Optional<Sex> sex(List<Problem> problems) {
		if (this.sex == null || this.sex.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Sex.valueOf(this.sex.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("sex", "Sex must be female, male or other."));
			return Optional.empty();
		}
	}

	private void checkYears(List<Problem> problems) {
		if (this.yearsRunning == null) {
			return;
		}
		if (!withinTenths(this.yearsRunning, BigDecimal.valueOf(99))) {
			problems.add(new Problem("yearsRunning",
					"Years running must be a number from 0 to 99, with at most three decimals."));
		}
		else if (this.age != null && this.age >= 10 && this.age <= 110
				&& this.yearsRunning.compareTo(BigDecimal.valueOf(this.age - YOUNGEST_RUNNING_AGE)) > 0) {
			problems.add(new Problem("yearsRunning", "Years running cannot be more than your age less "
					+ YOUNGEST_RUNNING_AGE + ": at " + this.age + ", that is at most "
					+ (this.age - YOUNGEST_RUNNING_AGE) + " years."));
		}
	}

	private TerrainMix terrain(List<Problem> problems) {
		int[] shares = { orZero(this.road), orZero(this.trail), orZero(this.track), orZero(this.treadmill) };
		int sum = 0;
		for (int share : shares) {
			if (share < 0 || share > 100) {
				problems.add(new Problem("terrain", "Each terrain share is a percentage from 0 to 100."));
				return TerrainMix.UNKNOWN;
			}
			sum += share;
		}
		if (sum != 0 && sum != 100) {
			problems.add(new Problem("terrain",
					"Terrain shares must add up to 100% (they add up to " + sum + "%)."));
			return TerrainMix.UNKNOWN;
		}
		return new TerrainMix(shares[0], shares[1], shares[2], shares[3]);
	}

	private static boolean withinTenths(BigDecimal value, BigDecimal max) {
		return value.signum() >= 0 && value.compareTo(max) <= 0 && value.stripTrailingZeros().scale() <= 3;
	}

	private static int orZero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

}
