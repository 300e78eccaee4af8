package dev.backstride.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Runs for tests: {@code aRun().on("2026-03-02").km(5).build()}. */
public final class RunTestData {

	private LocalDate date = LocalDate.parse("2026-03-02");

	private Instant start = Instant.parse("2026-03-02T07:30:00Z");

	private double meters = 5000;

	private int seconds = 1800;

	private Integer moving;

	private Terrain terrain = Terrain.ROAD;

	private Optional<RunFeel> feel = Optional.of(new RunFeel(2, 3, false, 5));

	private RunSource source = RunSource.MANUAL;

	public static RunTestData aRun() {
		return new RunTestData();
	}

	public RunTestData startingAt(String instant) {
		this.start = Instant.parse(instant);
		this.date = LocalDate.ofInstant(this.start, ZoneOffset.UTC);
		return this;
	}

	public RunTestData km(double km) {
		this.meters = km * 1000;
		return this;
	}

	public RunTestData seconds(int seconds) {
		this.seconds = seconds;
		return this;
	}

	/** Seconds of moving, less than the elapsed {@link #seconds} when the run had stops. */
	public RunTestData moving(int seconds) {
		this.moving = seconds;
		return this;
	}

	public RunTestData on(Terrain terrain) {
		this.terrain = terrain;
		return this;
	}

	public RunTestData imported(RunSource source) {
		this.source = source;
		this.feel = Optional.empty();
		return this;
	}

	public Run build() {
		return new Run(0, this.date, this.start, true, this.seconds, this.moving == null ? this.seconds : this.moving, this.meters, OptionalDouble.of(42.5),
				OptionalInt.of(151), OptionalInt.of(172), "running", Optional.of("trail"), this.terrain, true, this.source,
				this.feel, new RunningDynamics(OptionalDouble.of(84.2), OptionalDouble.of(251.5), OptionalDouble.of(49.25)));
	}

}
