package dev.backstride.checkin;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pain-monitoring rules of PROTOCOL §6 ({@code PM-RULE}), each a small named function of one
 * check-in that returns a finding when it applies. Pain during a run and just after may reach 5/10;
 * by the next morning it must be back to usual.
 *
 * <p>
 * Safe choices where the protocol is silent:
 * <ul>
 * <li>Worst pain in the last 24 hours above 5/10 stops running, with or without run data: it is
 * above the 5/10 ceiling wherever it happened.</li>
 * <li>With no run reported, worst pain in the last 24 hours stands in for pain during the run, so
 * 4–5/10 modifies.</li>
 * <li>A run reported without the next-morning response modifies: "go" needs the next morning to be
 * known to be the same or better.</li>
 * </ul>
 */
public final class PainMonitoring {

	public static final String RULE = "PM-RULE";

	/** Pain above this stops running. */
	static final int CEILING = 5;

	/** Pain up to this allows "go". */
	static final int GO_LIMIT = 3;

	/** How strongly a finding limits today's run. */
	public enum Severity {

		GO, MODIFY, STOP

	}

	/** One rule that applied to a check-in, and why: a plain sentence, and the rule id beside it. */
	public record Finding(Severity severity, String ruleId, String reason) {

	}

	public static final List<Function<CheckIn, Optional<Finding>>> RULES = List.of(PainMonitoring::painDuringRunAboveCeiling,
			PainMonitoring::painDuringRunModerate, PainMonitoring::painChangedStride,
			PainMonitoring::nextMorningClearlyWorse, PainMonitoring::nextMorningSlightlyWorse,
			PainMonitoring::worstPainAboveCeiling, PainMonitoring::worstPainModerateWithoutRun,
			PainMonitoring::nextMorningUnknown);

	private PainMonitoring() {
	}

	/** Every finding for the check-in, in rule order. */
	public static List<Finding> assess(CheckIn checkIn) {
		return RULES.stream().flatMap((rule) -> rule.apply(checkIn).stream()).toList();
	}

	static Optional<Finding> painDuringRunAboveCeiling(CheckIn checkIn) {
		return checkIn.lastRun()
			.filter((run) -> run.painDuringRun().above(CEILING))
			.map((run) -> stop("Pain during your last run was " + run.painDuringRun() + ", above the 5/10 limit."));
	}

	static Optional<Finding> painDuringRunModerate(CheckIn checkIn) {
		return checkIn.lastRun()
			.filter((run) -> run.painDuringRun().above(GO_LIMIT) && !run.painDuringRun().above(CEILING))
			.map((run) -> modify("Pain during your last run was " + run.painDuringRun()
					+ ": within the 5/10 limit, but above the 3/10 for a full run."));
	}

	static Optional<Finding> painChangedStride(CheckIn checkIn) {
		return checkIn.lastRun()
			.filter(LastRun::painRoseAndChangedStride)
			.map((run) -> stop("Pain rose during your last run and changed the way you ran."));
	}

	static Optional<Finding> nextMorningClearlyWorse(CheckIn checkIn) {
		return checkIn.nextMorning()
			.filter((morning) -> morning == NextMorning.WORSE)
			.map((morning) -> stop("The morning after your run, your back felt clearly worse than usual."));
	}

	static Optional<Finding> nextMorningSlightlyWorse(CheckIn checkIn) {
		return checkIn.nextMorning()
			.filter((morning) -> morning == NextMorning.SLIGHTLY_WORSE)
			.map((morning) -> modify("The morning after your run, your back felt slightly worse than usual."));
	}

	static Optional<Finding> worstPainAboveCeiling(CheckIn checkIn) {
		return checkIn.worstPain24h().above(CEILING)
				? Optional.of(stop("Your worst pain in the last 24 hours was " + checkIn.worstPain24h()
						+ ", above the 5/10 limit."))
				: Optional.empty();
	}

	static Optional<Finding> worstPainModerateWithoutRun(CheckIn checkIn) {
		PainScore worst = checkIn.worstPain24h();
		return checkIn.lastRun().isEmpty() && worst.above(GO_LIMIT) && !worst.above(CEILING)
				? Optional.of(modify("Your worst pain in the last 24 hours was " + worst
						+ ": within the 5/10 limit, but above the 3/10 for a full run."))
				: Optional.empty();
	}

	static Optional<Finding> nextMorningUnknown(CheckIn checkIn) {
		return checkIn.lastRun().isPresent() && checkIn.nextMorning().isEmpty()
				? Optional.of(modify("We don't know yet how your back felt the morning after your run;"
						+ " until then, keep it easy."))
				: Optional.empty();
	}

	private static Finding stop(String reason) {
		return new Finding(Severity.STOP, RULE, reason);
	}

	private static Finding modify(String reason) {
		return new Finding(Severity.MODIFY, RULE, reason);
	}

}
