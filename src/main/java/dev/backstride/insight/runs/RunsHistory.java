package dev.backstride.insight.runs;

import java.time.LocalDate;
import java.util.List;

import dev.backstride.account.AccountId;
import dev.backstride.insight.RunFact;
import dev.backstride.insight.RunHistory;
import dev.backstride.insight.Surface;
import dev.backstride.runs.RunSummary;
import dev.backstride.runs.Runs;
import org.springframework.stereotype.Component;

/**
 * The run facts the insights need, read through the runs module's API as the four columns they need:
 * date, distance, terrain, and the pain just after the run where the runner noted how it felt.
 */
@Component
class RunsHistory implements RunHistory {

	private final Runs runs;

	RunsHistory(Runs runs) {
		this.runs = runs;
	}

	@Override
	public List<RunFact> between(AccountId account, LocalDate from, LocalDate to) {
		return this.runs.summariesBetween(account, from, to).stream().map(RunsHistory::fact).toList();
	}

	static RunFact fact(RunSummary run) {
		return RunFact.of(run.date(), run.distanceMeters(), Surface.of(run.terrain().name()), run.painAfter());
	}

}
