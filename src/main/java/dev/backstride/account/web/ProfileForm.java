package dev.backstride.account.web;

import java.math.BigDecimal;

import dev.backstride.account.Profile;
import dev.backstride.account.ProfileDraft;
import dev.backstride.account.TerrainMix;
import dev.backstride.account.Units;

/**
 * The profile as the API sends it: every field optional but the age, checked together by
 * {@link ProfileDraft}. The weekly distance is always in kilometres here; {@code units} ("KM" or
 * "MILES") is how the runner's pages show distances.
 */
record ProfileForm(Integer age, String sex, BigDecimal yearsRunning, BigDecimal weeklyDistanceKm, Terrain terrain,
		String units) {

	record Terrain(Integer road, Integer trail, Integer track, Integer treadmill) {
	}

	ProfileForm {
		// a form without any terrain field still shows (and saves) as "not given"
		terrain = terrain == null ? new Terrain(null, null, null, null) : terrain;
	}

	/** What to say when the page sent something that is not even of the right kind for a field. */
	static String unreadable(String field) {
		return switch (field) {
			case "age" -> "Age must be a whole number from 10 to 110.";
			case "yearsRunning" -> "Years running must be a number from 0 to 99.";
			case "weeklyDistanceKm", "weeklyDistance" -> "Weekly distance must be a number from 0 to 400 km (250 miles).";
			case "sex" -> "Sex must be female, male or other.";
			case "units" -> "Units must be kilometres or miles.";
			default -> "Each terrain share is a percentage from 0 to 100.";
		};
	}

	/** The draft to check: distances in kilometres, whatever units the runner reads them in. */
	ProfileDraft draft() {
		return new ProfileDraft(this.age, this.sex, this.yearsRunning, this.weeklyDistanceKm, Units.KM,
				this.terrain.road(), this.terrain.trail(), this.terrain.track(), this.terrain.treadmill());
	}

	/** The units asked for, or the ones the runner has when the request names none. */
	Units unitsOr(Units current) {
		return this.units == null || this.units.isBlank() ? current : Units.parse(this.units);
	}

	static ProfileForm of(Profile p, Units units) {
		TerrainMix t = p.terrain();
		return new ProfileForm(p.age().orElse(null), p.sex().map(Enum::name).orElse(null),
				p.yearsRunning().orElse(null), p.weeklyDistanceKm().orElse(null),
				new Terrain(t.roadPercent(), t.trailPercent(), t.trackPercent(), t.treadmillPercent()), units.name());
	}

}
