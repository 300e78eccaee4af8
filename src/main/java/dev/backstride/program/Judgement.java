package dev.backstride.program;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import dev.backstride.checkin.NextMorning;

/**
 * How one session of one exercise is judged (PROTOCOL §5, "How a session is judged"): qualifying
 * (pain during at most 3, the next morning the same or better, every set done), worse (pain during
 * above 5, or the next morning a little or clearly worse: {@code P-DOWN} at once) or anything else
 * ({@code P-HOLD}). Each carries the reason in words, without rule ids.
 */
public sealed interface Judgement {

	String reason();

	record Qualifying(String reason) implements Judgement {
	}

	record Worse(String reason) implements Judgement {
	}

	record Held(String reason) implements Judgement {
	}

	/**
	 * Judges one exercise of a session done at {@code dose}. A core session is judged by its own pain
	 * and the check-in of the next day. A pre-run session is judged by the run it came before: the
	 * pain the session carries and, when the next day's check-in gives the pain during the last run,
	 * the higher of the two (the safe side), and that check-in's morning answer.
	 */
	static Judgement of(ExerciseSession session, PerformedExercise done, Dose dose,
			Map<LocalDate, MorningAnswer> answers) {
		Optional<MorningAnswer> next = Optional.ofNullable(answers.get(session.date().plusDays(1)));
		int pain = session.painDuring();
		if (session.kind() == SessionKind.PRE_RUN) {
			pain = Math.max(pain, next.flatMap(MorningAnswer::runPain).orElse(pain));
		}
		String during = session.kind() == SessionKind.PRE_RUN ? "the run" : "the session";
		if (pain > 5) {
			return new Worse("pain during " + during + " was " + pain + "/10, above 5");
		}
		Optional<NextMorning> morning = next.flatMap(MorningAnswer::nextMorning);
		if (morning.isPresent() && (morning.get() == NextMorning.SLIGHTLY_WORSE || morning.get() == NextMorning.WORSE)) {
			return new Worse("the next morning was " + (morning.get() == NextMorning.WORSE ? "clearly" : "a little")
					+ " worse");
		}
		if (morning.isEmpty()) {
			return new Held("no next-morning answer for the day after");
		}
		if (pain > 3) {
			return new Held("pain during " + during + " was " + pain + "/10, above 3");
		}
		if (!done.reaches(dose)) {
			return new Held("not every set reached " + dose.describe(done.exercise().perSide()));
		}
		return new Qualifying("pain at most 3/10 and a good next morning");
	}

}
