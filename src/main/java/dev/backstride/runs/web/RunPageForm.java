package dev.backstride.runs.web;

import java.math.BigDecimal;

import dev.backstride.account.Units;

import org.jspecify.annotations.Nullable;

/**
 * The log-a-run page's form: the distance in the runner's units (kilometres or miles, as chosen in the
 * profile) and hours, minutes and seconds as people type them, turned into the API's {@link RunForm}
 * (metres and seconds). Miles become metres exactly (1 mi = 1,609.344 m), before any rounding.
 */
record RunPageForm(@Nullable String date, @Nullable String startTime, @Nullable String distance,
		@Nullable Integer hours, @Nullable Integer minutes, @Nullable Integer seconds, @Nullable String terrain,
		@Nullable Integer painDuring, @Nullable Integer painAfter, @Nullable Boolean painChangedStride,
		@Nullable Integer effort) {

	static RunPageForm empty(String today) {
		return new RunPageForm(today, null, null, null, null, null, null, null, null, false, null);
	}

	RunForm toRunForm(Units units) {
		BigDecimal typed = null;
		if (this.distance != null && !this.distance.isBlank()) {
			try {
				typed = new BigDecimal(this.distance.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw new RunForm.FieldProblem("distance",
						"Give the distance in " + units.word() + ", like " + example(units) + ".");
			}
		}
		Integer total = null;
		if (this.hours != null || this.minutes != null || this.seconds != null) {
			int h = part(this.hours, 168, "hours");
			int m = part(this.minutes, 59, "minutes");
			int s = part(this.seconds, 59, "seconds");
			total = h * 3600 + m * 60 + s;
		}
		return new RunForm(this.date, this.startTime, total, null, this.terrain, this.painDuring, this.painAfter,
				this.painChangedStride, this.effort, typed, units.name());
	}

	/** What the distance field shows before anything is typed, in the runner's units. */
	static String example(Units units) {
		return units == Units.MILES ? "3.1" : "5.2";
	}

	private static int part(@Nullable Integer value, int most, String unit) {
		int v = value == null ? 0 : value;
		if (v < 0 || v > most) {
			throw new RunForm.FieldProblem(unit, "Give the " + unit + " as a whole number from 0 to " + most + ".");
		}
		return v;
	}

}
