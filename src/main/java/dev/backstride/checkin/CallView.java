package dev.backstride.checkin;

import java.util.List;

/** Today's call as pages and the API show it: GO, MODIFY, STOP or PAUSED with its reasons. */
public record CallView(String call, String headline, String advice, List<String> ruleIds, List<String> reasons) {

	public static CallView of(TodaysCall call) {
		return switch (call) {
			case TodaysCall.Go go -> new CallView("GO", "Go: run as planned", go.advice(), go.ruleIds(), go.reasons());
			case TodaysCall.Modify m -> new CallView("MODIFY", "Modify: run shorter and easier", m.advice(), m.ruleIds(),
					m.reasons());
			case TodaysCall.Stop s -> new CallView("STOP", "Stop running for now", s.advice(), s.ruleIds(), s.reasons());
			case TodaysCall.Paused p -> new CallView("PAUSED", "Your plan is paused", p.advice(), p.ruleIds(),
					p.reasons());
		};
	}

}
