package dev.backstride.checkin;

import java.util.List;

import dev.backstride.screening.RuleIds;

/**
 * Today's answer to "can I run?" (PROTOCOL §6 PM-RULE, §8): go, modify, stop, or paused by screening.
 * Each carries its reasons as plain sentences ({@link #reasons()}), the rule ids behind them
 * ({@link #ruleIds()}), and both together, reason by reason ({@link #explained()}), so that pages put a
 * "why?" link beside each sentence. Build one from its reasons with {@link #go}, {@link #modify},
 * {@link #stop} or {@link #paused}; the two-list constructors remain for callers with one rule id per
 * reason.
 */
public sealed interface TodaysCall {

	List<String> ruleIds();

	/** Plain sentences, no rule ids inside. */
	List<String> reasons();

	/** Each reason with the rule it comes from. */
	List<Reason> explained();

	/** What to do, in one plain sentence. */
	String advice();

	/** The rule behind {@link #advice()}. */
	String adviceRuleId();

	static Go go(List<Reason> reasons) {
		return new Go(Reason.ids(reasons), Reason.texts(reasons), reasons);
	}

	static Modify modify(List<Reason> reasons) {
		return new Modify(Reason.ids(reasons), Reason.texts(reasons), reasons);
	}

	static Stop stop(List<Reason> reasons) {
		return new Stop(Reason.ids(reasons), Reason.texts(reasons), reasons);
	}

	static Paused paused(List<String> ruleIds, List<Reason> reasons) {
		return new Paused(ruleIds, Reason.texts(reasons), reasons);
	}

	private static List<Reason> checked(List<String> reasons, List<Reason> explained) {
		if (!reasons.equals(Reason.texts(explained))) {
			throw new IllegalArgumentException("the reasons and their explained versions differ");
		}
		return List.copyOf(explained);
	}

	record Go(List<String> ruleIds, List<String> reasons, List<Reason> explained) implements TodaysCall {

		public Go {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
			explained = checked(reasons, explained);
		}

		public Go(List<String> ruleIds, List<String> reasons) {
			this(ruleIds, reasons, Reason.pair(ruleIds, reasons));
		}

		@Override
		public String advice() {
			return "Run as planned, then tell us how it felt during the run and the next morning.";
		}

		@Override
		public String adviceRuleId() {
			return PainMonitoring.RULE;
		}

	}

	record Modify(List<String> ruleIds, List<String> reasons, List<Reason> explained) implements TodaysCall {

		public Modify {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
			explained = checked(reasons, explained);
		}

		public Modify(List<String> ruleIds, List<String> reasons) {
			this(ruleIds, reasons, Reason.pair(ruleIds, reasons));
		}

		@Override
		public String advice() {
			return "Run shorter and at an easy pace, on a flat road or a treadmill rather than trails.";
		}

		@Override
		public String adviceRuleId() {
			return PainMonitoring.RULE;
		}

	}

	record Stop(List<String> ruleIds, List<String> reasons, List<Reason> explained) implements TodaysCall {

		public Stop {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
			explained = checked(reasons, explained);
		}

		public Stop(List<String> ruleIds, List<String> reasons) {
			this(ruleIds, reasons, Reason.pair(ruleIds, reasons));
		}

		@Override
		public String advice() {
			return "No running for now: walk, do your core exercises, and check in again in 48 hours.";
		}

		@Override
		public String adviceRuleId() {
			return PainMonitoring.RULE;
		}

	}

	/** Screening comes first: no run call until the pause is resolved. */
	record Paused(List<String> ruleIds, List<String> reasons, List<Reason> explained) implements TodaysCall {

		public Paused {
			ruleIds = List.copyOf(ruleIds);
			reasons = List.copyOf(reasons);
			explained = checked(reasons, explained);
		}

		public Paused(List<String> ruleIds, List<String> reasons) {
			this(ruleIds, reasons, Reason.pair(ruleIds, reasons));
		}

		@Override
		public String advice() {
			return "Running is on hold until the points below are sorted out.";
		}

		@Override
		public String adviceRuleId() {
			return this.ruleIds.isEmpty() ? RuleIds.SCREEN : this.ruleIds.get(0);
		}

	}

}
