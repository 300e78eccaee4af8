package dev.backstride.runs.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.backstride.account.Units;
import dev.backstride.runs.Run;
import dev.backstride.runs.RunFeel;

/** A run in the words and units a page shows. */
record RunRow(long id, String date, String time, String distance, String duration, String moving, String pace, String terrain,
		boolean terrainGuessed, String terrainKey, String pain, String effort, String heartRate, String ascent,
		String cadence, String source, String dynamics, boolean hasOriginal) {

	static final Map<String, String> TERRAIN_WORDS = new LinkedHashMap<>();

	static {
		TERRAIN_WORDS.put("ROAD", "Road");
		TERRAIN_WORDS.put("TRACK", "Track");
		TERRAIN_WORDS.put("TREADMILL", "Treadmill");
		TERRAIN_WORDS.put("TRAIL", "Trail");
	}

	/** Stops adding up to this many seconds show the moving time too, which the pace is worked out from. */
	static final int PAUSED_ENOUGH = 60;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	/**
	 * The run with its distance and pace in the runner's units: "5.00 km" and "6:00 /km", or "3.11 mi" and "9:39 /mi".
	 * The pace is over the moving time, shown too when the run had stops.
	 */
	static RunRow of(Run run, Units units) {
		double km = run.distanceKm();
		double distance = units.fromKm(km);
		String pace = km >= 0.05 ? clock(Math.round(run.movingSeconds() / distance)) + " /" + units.symbol() : "–";
		String pain = run.feel().map(RunRow::pain).orElse("not given");
		var d = run.dynamics();
		String dynamics = d.present() ? String.join(", ",
				d.verticalOscillationMm().isPresent()
						? "vertical oscillation " + String.format(Locale.ENGLISH, "%.0f mm", d.verticalOscillationMm().getAsDouble()) : "",
				d.stanceTimeMs().isPresent()
						? "ground contact " + String.format(Locale.ENGLISH, "%.0f ms", d.stanceTimeMs().getAsDouble()) : "",
				d.stanceBalanceLeftPercent().isPresent()
						? "left/right balance " + String.format(Locale.ENGLISH, "%.1f%% left", d.stanceBalanceLeftPercent().getAsDouble()) : "")
			.replaceAll("(, )+", ", ").replaceAll("^, |, $", "") : "";
		return new RunRow(run.id(), DAY.format(run.date()),
				run.startTimeKnown() ? TIME.format(run.start().atOffset(ZoneOffset.UTC)) + " UTC" : "",
				String.format(Locale.ENGLISH, "%.2f %s", distance, units.symbol()), clock(run.elapsedSeconds()),
				run.elapsedSeconds() - run.movingSeconds() >= PAUSED_ENOUGH ? clock(run.movingSeconds()) : "", pace,
				TERRAIN_WORDS.get(run.terrain().name()), run.terrainInferred(), run.terrain().name(), pain,
				run.feel().map((f) -> f.effort() + " of 10").orElse("not given"),
				run.avgHeartRate().isPresent() ? run.avgHeartRate().getAsInt() + " bpm" : "",
				run.ascentMeters().isPresent() ? units.climb(run.ascentMeters().getAsDouble()) : "",
				run.avgCadence().isPresent() ? run.avgCadence().getAsInt() + " steps/min" : "", source(run), dynamics,
				run.source() != dev.backstride.runs.RunSource.MANUAL);
	}

	private static String pain(RunFeel feel) {
		return feel.painDuring() + " during, " + feel.painAfter() + " after"
				+ (feel.painChangedStride() ? "; it changed your stride" : "");
	}

	private static String source(Run run) {
		return switch (run.source()) {
			case MANUAL -> "Logged by hand";
			case GPX -> "Imported from a GPX file";
			case TCX -> "Imported from a TCX file";
			case FIT -> "Imported from a FIT file";
		};
	}

	static String clock(long seconds) {
		long h = seconds / 3600;
		long m = seconds / 60 % 60;
		long s = seconds % 60;
		return h > 0 ? String.format(Locale.ENGLISH, "%d:%02d:%02d", h, m, s) : String.format(Locale.ENGLISH, "%d:%02d", m, s);
	}

}
