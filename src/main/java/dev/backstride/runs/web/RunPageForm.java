package dev.backstride.runs.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The log-a-run page's form: kilometres and hours, minutes and seconds as people type them, turned
 * into the API's {@link RunForm} (metres and seconds).
 */
record RunPageForm(@Nullable String date, @Nullable String startTime, @Nullable String distanceKm,
		@Nullable Integer hours, @Nullable Integer minutes, @Nullable Integer seconds, @Nullable String terrain,
		@Nullable Integer painDuring, @Nullable Integer painAfter, @Nullable Boolean painChangedStride,
		@Nullable Integer effort) {

	static RunPageForm empty(String today) {
		return new RunPageForm(today, null, null, null, null, null, null, null, null, false, null);
	}

	RunForm toRunForm() {
		Double meters = null;
		if (this.distanceKm != null && !this.distanceKm.isBlank()) {
			try {
				meters = new BigDecimal(this.distanceKm.strip().replace(',', '.')).doubleValue() * 1000;
			}
			catch (NumberFormatException ex) {
				throw new RunForm.FieldProblem("distanceKm", "Give the distance in kilometres, like 5.2.");
			}
		}
		Integer total = null;
		if (this.hours != null || this.minutes != null || this.seconds != null) {
			int h = part(this.hours, 168, "hours");
			int m = part(this.minutes, 59, "minutes");
			int s = part(this.seconds, 59, "seconds");
			total = h * 3600 + m * 60 + s;
		}
		return new RunForm(this.date, this.startTime, total, meters, this.terrain, this.painDuring, this.painAfter,
				this.painChangedStride, this.effort);
	}

	private static int part(@Nullable Integer value, int most, String unit) {
		int v = value == null ? 0 : value;
		if (v < 0 || v > most) {
			throw new RunForm.FieldProblem(unit, "Give the " + unit + " as a whole number from 0 to " + most + ".");
		}
		return v;
	}

}
