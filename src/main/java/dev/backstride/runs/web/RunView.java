package dev.backstride.runs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import dev.backstride.runs.Run;
import dev.backstride.runs.RunFeel;
import org.jspecify.annotations.Nullable;

/** A run as the API shows it; a value the run does not have is null. */
record RunView(long id, LocalDate date, Instant start, boolean startTimeKnown, int elapsedSeconds, int movingSeconds,
		double distanceMeters, @Nullable Double ascentMeters, @Nullable Integer avgHeartRate,
		@Nullable Integer avgCadence, String sport, @Nullable String subSport, String terrain, boolean terrainInferred,
		String source, @Nullable Integer painDuring, @Nullable Integer painAfter, @Nullable Boolean painChangedStride,
		@Nullable Integer effort, @Nullable Double verticalOscillationMm, @Nullable Double stanceTimeMs,
		@Nullable Double stanceBalanceLeftPercent) {

	static RunView of(Run run) {
		var feel = run.feel();
		var dynamics = run.dynamics();
		return new RunView(run.id(), run.date(), run.start(), run.startTimeKnown(), run.elapsedSeconds(),
				run.movingSeconds(), run.distanceMeters(), value(run.ascentMeters()), value(run.avgHeartRate()),
				value(run.avgCadence()), run.sport(), run.subSport().orElse(null), run.terrain().name(),
				run.terrainInferred(), run.source().name(), feel.map(RunFeel::painDuring).orElse(null),
				feel.map(RunFeel::painAfter).orElse(null), feel.map(RunFeel::painChangedStride).orElse(null),
				feel.map(RunFeel::effort).orElse(null), value(dynamics.verticalOscillationMm()),
				value(dynamics.stanceTimeMs()), value(dynamics.stanceBalanceLeftPercent()));
	}

	private static @Nullable Double value(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

	private static @Nullable Integer value(OptionalInt value) {
		return value.isPresent() ? value.getAsInt() : null;
	}

}
