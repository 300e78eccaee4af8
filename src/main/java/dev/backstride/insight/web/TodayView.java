package dev.backstride.insight.web;

import java.math.BigDecimal;
import java.util.List;

import dev.backstride.checkin.CallView;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.insight.Acwr;
import dev.backstride.insight.FinalCall;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/today}: the fields the check-in module's call always had (call, headline,
 * advice, ruleIds, reasons), plus every reason with its rule id and severity, and the load flags.
 */
record TodayView(String call, String headline, String advice, List<String> ruleIds, List<String> reasons,
		String adviceRuleId, List<dev.backstride.checkin.Reason> explained, List<Reason> findings, Load load) {

	/** One reason and the rule behind it; {@code severity} is GO (a caution or advice), MODIFY or STOP. */
	record Reason(String ruleId, String severity, String reason) {

		static Reason of(Finding finding) {
			return new Reason(finding.ruleId(), finding.severity().name(), finding.reason());
		}

	}

	/** A load rule's flag: its rule id and the plain reason. */
	record Flag(String ruleId, String reason) {

		static List<Flag> of(List<Finding> findings) {
			return findings.stream().map((f) -> new Flag(f.ruleId(), f.reason())).toList();
		}

	}

	/** L-ACWR (null while the chronic load is under 10 km a week) and the load and terrain flags. */
	record Load(@Nullable BigDecimal acwr, List<Flag> flags) {
	}

	static TodayView of(FinalCall finalCall) {
		CallView view = CallView.of(finalCall.call());
		return new TodayView(view.call(), view.headline(), view.advice(), view.ruleIds(), view.reasons(),
				view.adviceRuleId(), view.explained(), finalCall.findings().stream().map(Reason::of).toList(),
				new Load(finalCall.acwr().map(Acwr::ratio).orElse(null), Flag.of(finalCall.loadFindings())));
	}

}
