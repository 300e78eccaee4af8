package dev.backstride.insight;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.CheckIn;
import dev.backstride.checkin.NextMorning;
import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;

/**
 * {@code L-RETURN}: after a stop, back to running by a walk–run ladder, each step gated by the
 * 24-hour response.
 *
 * <p>
 * How the step is worked out, from the check-ins after the latest one whose pain-monitoring call was
 * stop (oldest first): every check-in that reports a run and how the next morning felt is one step
 * done. The same or better → the next step; slightly worse → back one step (never below the first);
 * clearly worse is itself a stop under PM-RULE, so the ladder starts again at the first step. A run
 * without its next-morning answer keeps the step. Past the last step the ladder is done and the
 * rule says nothing more. While the ladder lasts, today's call is at least modify: the step replaces
 * a normal run (the safe reading of "return by a ladder").
 */
public final class ReturnLadder {

	public static final String RULE = "L-RETURN";

	/** The steps, in our own words; step 1 is the first after a stop. */
	public static final List<String> STEPS = List.of("a brisk 30-minute walk, no running",
			"6 rounds of 4 minutes walking and 1 minute easy running",
			"6 rounds of 3 minutes walking and 2 minutes easy running",
			"6 rounds of 2 minutes walking and 3 minutes easy running",
			"6 rounds of 1 minute walking and 4 minutes easy running",
			"20 minutes of easy running on flat ground, without walking breaks");

	private ReturnLadder() {
	}

	/**
	 * The step to do next (1-based), or empty when there was no stop in the check-ins or the ladder is
	 * done. Check-ins in any order.
	 */
	public static Optional<Integer> step(List<CheckIn> checkIns) {
		List<CheckIn> ordered = checkIns.stream().sorted(Comparator.comparing(CheckIn::date)).toList();
		int lastStop = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (DayCall.severity(ordered.get(i)) == Severity.STOP) {
				lastStop = i;
			}
		}
		if (lastStop < 0) {
			return Optional.empty();
		}
		int step = 1;
		for (CheckIn checkIn : ordered.subList(lastStop + 1, ordered.size())) {
			if (checkIn.lastRun().isPresent() && checkIn.nextMorning().isPresent()) {
				step = checkIn.nextMorning().get() == NextMorning.BETTER || checkIn.nextMorning().get() == NextMorning.SAME
						? step + 1 : Math.max(1, step - 1);
			}
		}
		return step > STEPS.size() ? Optional.empty() : Optional.of(step);
	}

	/** The L-RETURN finding for today, given today's pain-monitoring severity and the recent check-ins. */
	public static Optional<Finding> advise(Severity todaysPainCall, List<CheckIn> checkIns) {
		return step(checkIns).map((step) -> todaysPainCall == Severity.STOP
				? new Finding(Severity.GO, RULE, "When your back has settled, come back step by step, starting with "
						+ STEPS.get(0) + ".")
				: new Finding(Severity.MODIFY, RULE, "You are coming back after a stop: today is step " + step + " of "
						+ STEPS.size() + ", " + STEPS.get(step - 1) + ". If the next morning feels the same or better,"
						+ " move up a step; if it feels worse, go back one."));
	}

}
