package dev.backstride.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds run histories for tests: {@code runs().daysAgo(3, 10_000).trail(1, 5_000, 4).load()}. */
final class LoadTestData {

	/** A Wednesday. */
	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private final List<RunFact> runs = new ArrayList<>();

	static LoadTestData runs() {
		return new LoadTestData();
	}

	LoadTestData daysAgo(int days, long meters) {
		return add(days, meters, Surface.ROAD, Optional.empty());
	}

	LoadTestData add(int daysAgo, long meters, Surface surface, Optional<Integer> pain) {
		this.runs.add(new RunFact(TODAY.minusDays(daysAgo), meters, surface, pain));
		return this;
	}

	List<RunFact> list() {
		return List.copyOf(this.runs);
	}

	TrainingLoad load() {
		return new TrainingLoad(TODAY, this.runs);
	}

}
