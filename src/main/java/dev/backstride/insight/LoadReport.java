package dev.backstride.insight;

import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.PainMonitoring.Finding;

/** {@code GET /api/v1/load}: weekly distances oldest first, L-ACWR where computed, and the load rules' findings. */
public record LoadReport(List<WeekDistance> weeks, Optional<Acwr> acwr, List<Finding> flags) {

	public LoadReport {
		weeks = List.copyOf(weeks);
		flags = List.copyOf(flags);
	}

}
