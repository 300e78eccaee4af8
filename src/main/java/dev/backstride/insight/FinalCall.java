package dev.backstride.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.Units;
import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import dev.backstride.checkin.Reason;
import dev.backstride.checkin.TodaysCall;

/**
 * Today's call as the runner gets it: the check-in module's PM-RULE call joined with the load and
 * terrain rules (PROTOCOL §6). The most severe wins and every reason is listed with its rule id.
 * A call paused by screening stays paused with its own reasons only: no running advice while the
 * plan is on hold.
 *
 * @param call the composed call (its reasons are the texts of {@code findings})
 * @param findings every reason with its rule id and how strongly it limits today's run
 * @param loadFindings the findings of the load and terrain rules alone
 * @param acwr L-ACWR today, where computed (never while the call is paused: the runs are not read)
 */
public record FinalCall(TodaysCall call, List<Finding> findings, List<Finding> loadFindings, Optional<Acwr> acwr) {

	public FinalCall {
		findings = List.copyOf(findings);
		loadFindings = List.copyOf(loadFindings);
	}

	/**
	 * @param painCall the check-in module's call
	 * @param load the runs up to today
	 * @param recent the check-ins of the lookback window, oldest first
	 * @param units the runner's units, for the distances in the load reasons
	 */
	public static FinalCall compose(TodaysCall painCall, TrainingLoad load, List<CheckIn> recent, Units units) {
		Severity painSeverity = switch (painCall) {
			case TodaysCall.Paused paused -> Severity.STOP;
			case TodaysCall.Stop stop -> Severity.STOP;
			case TodaysCall.Modify modify -> Severity.MODIFY;
			case TodaysCall.Go go -> Severity.GO;
		};
		List<Finding> base = painCall.explained()
			.stream()
			.map((reason) -> new Finding(painSeverity, reason.ruleId(), reason.text()))
			.toList();
		if (painCall instanceof TodaysCall.Paused) {
			return new FinalCall(painCall, base, List.of(), Optional.empty());
		}
		List<Finding> loadFindings = loadFindings(painSeverity, load, recent, units);
		List<Finding> all = new ArrayList<>(base);
		all.addAll(loadFindings);
		Severity severity = all.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(painSeverity);
		List<Reason> reasons = all.stream().map((f) -> new Reason(f.ruleId(), f.reason())).toList();
		TodaysCall call = switch (severity) {
			case STOP -> TodaysCall.stop(reasons);
			case MODIFY -> TodaysCall.modify(reasons);
			case GO -> TodaysCall.go(reasons);
		};
		return new FinalCall(call, all, loadFindings, load.acwr());
	}

	static List<Finding> loadFindings(Severity painSeverity, TrainingLoad load, List<CheckIn> recent, Units units) {
		LocalDate today = load.today();
		List<Finding> findings = new ArrayList<>(LoadRules.assess(load, units));
		ReturnLadder.advise(painSeverity, recent).ifPresent(findings::add);
		TerrainAdvice.advise(today, painSeverity, DayCall.of(recent)).ifPresent(findings::add);
		return findings;
	}

}
