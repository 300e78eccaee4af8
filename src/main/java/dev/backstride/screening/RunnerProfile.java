package dev.backstride.screening;

import org.jspecify.annotations.Nullable;

/**
 * What screening needs to know from the runner's profile: age in years (unknown when not given) and
 * sex. The account module owns the profile; the caller passes these facts in.
 */
public record RunnerProfile(@Nullable Integer ageYears, Sex sex) {

	public enum Sex {

		FEMALE, MALE, OTHER, UNKNOWN

	}

	public RunnerProfile {
		if (ageYears != null && (ageYears < 0 || ageYears > 130)) {
			throw new IllegalArgumentException("age must be 0-130 years: " + ageYears);
		}
		if (sex == null) {
			sex = Sex.UNKNOWN;
		}
	}

	public static RunnerProfile unknown() {
		return new RunnerProfile(null, Sex.UNKNOWN);
	}

	public static RunnerProfile of(int ageYears, Sex sex) {
		return new RunnerProfile(ageYears, sex);
	}

	public boolean ageKnown() {
		return this.ageYears != null;
	}

	/** True when the age is known and below the limit, or when it is unknown (see callers for why). */
	boolean underOrUnknown(int limit) {
		return this.ageYears == null || this.ageYears < limit;
	}

}
