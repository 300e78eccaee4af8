package dev.backstride.runs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import dev.backstride.account.Units;
import dev.backstride.runs.ManualRun;
import dev.backstride.runs.RunFeel;
import dev.backstride.runs.Terrain;
import org.jspecify.annotations.Nullable;

/**
 * A run typed in by hand, as the pages and the API send it: the distance in metres
 * ({@code distanceMeters}), or in the runner's units ({@code distance} with {@code distanceUnit} "KM" or
 * "MILES", turned into metres here, exactly); the duration in seconds. The log-a-run page sends
 * hours/minutes/seconds and is turned into this first. Each problem names the field for the API and
 * says it in plain words for the page.
 */
record RunForm(@Nullable String date, @Nullable String startTime, @Nullable Integer durationSeconds,
		@Nullable Double distanceMeters, @Nullable String terrain, @Nullable Integer painDuring,
		@Nullable Integer painAfter, @Nullable Boolean painChangedStride, @Nullable Integer effort,
		@Nullable BigDecimal distance, @Nullable String distanceUnit) {

	/** One answer that cannot be taken: {@link #words()} for people, the message names the field for the API. */
	static final class FieldProblem extends IllegalArgumentException {

		private final String words;

		FieldProblem(String field, String words) {
			super("The field '" + field + "': " + words);
			this.words = words;
		}

		String words() {
			return this.words;
		}

	}

	ManualRun toRun(LocalDate today) {
		LocalDate day = date(today);
		Optional<LocalTime> start = time();
		int seconds = required("durationSeconds", this.durationSeconds, "Give how long the run took.");
		if (seconds < 1 || seconds > ManualRun.MAX_DURATION_SECONDS) {
			throw new FieldProblem("durationSeconds", "The run must take from 1 second to 7 days.");
		}
		double meters = meters();
		RunFeel feel = new RunFeel(score("painDuring", this.painDuring, 0, "the pain during the run"),
				score("painAfter", this.painAfter, 0, "the pain just after the run"),
				Boolean.TRUE.equals(this.painChangedStride), score("effort", this.effort, 1, "how hard the run felt"));
		return new ManualRun(day, start, seconds, meters, chosenTerrain(), feel);
	}

	private double meters() {
		if (this.distance != null) {
			if (this.distanceMeters != null) {
				throw new FieldProblem("distance", "Give the distance once, in metres or with its unit, not both.");
			}
			Units units = units();
			BigDecimal meters = units.toMetres(this.distance);
			if (this.distance.signum() < 0 || meters.compareTo(BigDecimal.valueOf(ManualRun.MAX_DISTANCE_METERS)) > 0) {
				throw new FieldProblem("distance", "The distance must be from 0 to " + longest(units) + ".");
			}
			return meters.doubleValue();
		}
		Double meters = this.distanceMeters;
		if (meters == null) {
			throw new FieldProblem("distanceMeters", "Give how far you ran.");
		}
		if (!(meters >= 0 && meters <= ManualRun.MAX_DISTANCE_METERS)) {
			throw new FieldProblem("distanceMeters", "The distance must be from 0 to 1,000 km.");
		}
		return meters;
	}

	private Units units() {
		if (this.distanceUnit == null) {
			throw new FieldProblem("distanceUnit", "Say whether the distance is in kilometres or miles.");
		}
		try {
			return Units.parse(this.distanceUnit);
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("distanceUnit", "Say whether the distance is in kilometres or miles"
					+ " (the API takes KM or MILES).");
		}
	}

	/** The longest run the log takes (1,000 km) in these units, rounded down: "1,000 km" or "621 miles". */
	static String longest(Units units) {
		long whole = (long) Math.floor(units.fromKm(ManualRun.MAX_DISTANCE_METERS / 1000));
		return String.format(Locale.ENGLISH, "%,d %s", whole, units == Units.MILES ? "miles" : "km");
	}

	private LocalDate date(LocalDate today) {
		if (this.date == null || this.date.isBlank()) {
			throw new FieldProblem("date", "Give the day of the run.");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(this.date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new FieldProblem("date", "Give the day of the run as a date like 2026-03-14.");
		}
		if (day.isAfter(today.plusDays(1)) || day.isBefore(today.minusYears(30))) {
			throw new FieldProblem("date", "The day of the run must be today or in the past (at most 30 years ago).");
		}
		return day;
	}

	private Optional<LocalTime> time() {
		if (this.startTime == null || this.startTime.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.parse(this.startTime.strip()));
		}
		catch (DateTimeParseException ex) {
			throw new FieldProblem("startTime", "Give the start time like 07:30, or leave it out.");
		}
	}

	private Terrain chosenTerrain() {
		if (this.terrain == null || this.terrain.isBlank()) {
			throw new FieldProblem("terrain", "Choose where you ran: road, track, treadmill or trail.");
		}
		try {
			return Terrain.valueOf(this.terrain.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("terrain", "Choose where you ran: road, track, treadmill or trail"
					+ " (the API takes ROAD, TRACK, TREADMILL or TRAIL).");
		}
	}

	private static int score(String field, @Nullable Integer value, int lowest, String what) {
		int v = required(field, value, "Give " + what + ", from " + lowest + " to 10.");
		if (v < lowest || v > 10) {
			throw new FieldProblem(field, "Give " + what + " as a whole number from " + lowest + " to 10, not " + v + ".");
		}
		return v;
	}

	private static int required(String field, @Nullable Integer value, String words) {
		if (value == null) {
			throw new FieldProblem(field, words);
		}
		return value;
	}

}
