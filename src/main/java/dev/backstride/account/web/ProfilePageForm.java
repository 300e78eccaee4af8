package dev.backstride.account.web;

import java.math.BigDecimal;

import dev.backstride.account.Profile;
import dev.backstride.account.ProfileDraft;
import dev.backstride.account.TerrainMix;
import dev.backstride.account.Units;

/** The profile page's form: the weekly distance in the units chosen on the same form. */
record ProfilePageForm(Integer age, String sex, BigDecimal yearsRunning, BigDecimal weeklyDistance, String units,
		ProfileForm.Terrain terrain) {

	ProfilePageForm {
		terrain = terrain == null ? new ProfileForm.Terrain(null, null, null, null) : terrain;
	}

	ProfileDraft draft() {
		return new ProfileDraft(this.age, this.sex, this.yearsRunning, this.weeklyDistance, chosenUnits(),
				this.terrain.road(), this.terrain.trail(), this.terrain.track(), this.terrain.treadmill());
	}

	Units chosenUnits() {
		return "MILES".equals(this.units) ? Units.MILES : Units.KM;
	}

	static ProfilePageForm of(Profile p, Units units) {
		TerrainMix t = p.terrain();
		return new ProfilePageForm(p.age().orElse(null), p.sex().map(Enum::name).orElse(null),
				p.yearsRunning().map(BigDecimal::stripTrailingZeros).map(ProfilePageForm::plain).orElse(null),
				p.weeklyDistanceKm().map(units::fromKm).map(ProfilePageForm::plain).orElse(null), units.name(),
				new ProfileForm.Terrain(t.roadPercent(), t.trailPercent(), t.trackPercent(), t.treadmillPercent()));
	}

	/** "20" rather than "20.0" or "2E+1" in the input. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
