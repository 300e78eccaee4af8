package dev.backstride.checkin;

import java.util.List;

/**
 * Today's answer to "can I run?" (PROTOCOL §6 PM-RULE, §8): go, modify, stop, or paused by screening.
 * Each carries the rule ids behind it and one plain line per reason, each naming its rule id.
 */
public sealed interface TodaysCall {

	List<String> ruleIds();

	List<String> reasons();

	/** What to do, in one line. */
	String advice();

	record Go(List<String> ruleIds, List<String> reasons) implements TodaysCall {

		public Go {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
		}

		@Override
		public String advice() {
			return "Run as planned, then tell us how it felt and how the next morning was (PM-RULE).";
		}

	}

	record Modify(List<String> ruleIds, List<String> reasons) implements TodaysCall {

		public Modify {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
		}

		@Override
		public String advice() {
			return "Run shorter and at an easy pace, on a flat road or a treadmill rather than trails (PM-RULE, L-TERRAIN).";
		}

	}

	record Stop(List<String> ruleIds, List<String> reasons) implements TodaysCall {

		public Stop {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
		}

		@Override
		public String advice() {
			return "No running for now: walk, and check in again in 48 hours (PM-RULE).";
		}

	}

	/** Screening comes first: no run call until the pause is resolved. */
	record Paused(List<String> ruleIds, List<String> reasons) implements TodaysCall {

		public Paused {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
		}

		@Override
		public String advice() {
			return "Running is on hold until the points below are sorted out.";
		}

	}

}
