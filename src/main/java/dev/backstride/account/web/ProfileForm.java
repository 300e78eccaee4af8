package dev.backstride.account.web;

import java.math.BigDecimal;
import java.util.Optional;

import dev.backstride.account.Profile;
import dev.backstride.account.Sex;
import dev.backstride.account.TerrainMix;

/** The profile as the page and the API send it: every field optional, checked by {@link Profile}. */
record ProfileForm(Integer age, String sex, BigDecimal yearsRunning, BigDecimal weeklyDistanceKm, Terrain terrain) {

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
			case "weeklyDistanceKm" -> "Weekly distance must be a number of kilometres from 0 to 1000.";
			case "sex" -> "Sex must be female, male or other.";
			default -> "Each terrain share is a percentage from 0 to 100.";
		};
	}

	Profile toProfile() {
		Optional<Sex> parsedSex = Optional.ofNullable(this.sex).filter(s -> !s.isBlank()).map(s -> {
			try {
				return Sex.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Sex must be female, male or other.");
			}
		});
		TerrainMix mix = new TerrainMix(orZero(this.terrain.road()), orZero(this.terrain.trail()),
				orZero(this.terrain.track()), orZero(this.terrain.treadmill()));
		return new Profile(Optional.ofNullable(this.age), parsedSex, Optional.ofNullable(this.yearsRunning),
				Optional.ofNullable(this.weeklyDistanceKm), mix);
	}

	static ProfileForm of(Profile p) {
		TerrainMix t = p.terrain();
		return new ProfileForm(p.age().orElse(null), p.sex().map(Enum::name).orElse(null),
				p.yearsRunning().orElse(null), p.weeklyDistanceKm().orElse(null),
				new Terrain(t.roadPercent(), t.trailPercent(), t.trackPercent(), t.treadmillPercent()));
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

}
