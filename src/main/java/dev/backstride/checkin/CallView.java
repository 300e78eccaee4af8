package dev.backstride.checkin;

import java.util.List;

/**
 * Today's call as pages and the API show it: GO, MODIFY, STOP or PAUSED, a headline and advice in plain
 * words, the rule ids behind it, and each reason with its rule ({@code explained}) for the "why?" links.
 */
public record CallView(String call, String headline, String advice, List<String> ruleIds, List<String> reasons,
		String adviceRuleId, List<Reason> explained) {

	public static CallView of(TodaysCall call) {
		return switch (call) {
			case TodaysCall.Go go -> view("GO", "Go: run as planned", go);
			case TodaysCall.Modify m -> view("MODIFY", "Run shorter and easier today", m);
			case TodaysCall.Stop s -> view("STOP", "Stop running for now", s);
			case TodaysCall.Paused p -> view("PAUSED", "Your plan is paused", p);
		};
	}

	private static CallView view(String name, String headline, TodaysCall call) {
		return new CallView(name, headline, call.advice(), call.ruleIds(), call.reasons(), call.adviceRuleId(),
				call.explained());
	}

}
