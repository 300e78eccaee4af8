package dev.backstride.runs;

import java.util.OptionalDouble;

/**
 * Running dynamics where the watch or its sensor recorded them, as averages over the run: vertical
 * oscillation (mm), ground contact (stance) time (ms) and the left foot's share of stance time (%).
 */
public record RunningDynamics(OptionalDouble verticalOscillationMm, OptionalDouble stanceTimeMs,
		OptionalDouble stanceBalanceLeftPercent) {

	public static RunningDynamics none() {
		return new RunningDynamics(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
	}

	public boolean present() {
		return this.verticalOscillationMm.isPresent() || this.stanceTimeMs.isPresent()
				|| this.stanceBalanceLeftPercent.isPresent();
	}

}
