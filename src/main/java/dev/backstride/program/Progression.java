package dev.backstride.program;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dose of every exercise as a fold over the runner's sessions in date order (PROTOCOL §5
 * {@code P-START}, {@code P-UP}, {@code P-TOP}, {@code P-DOWN}, {@code P-HOLD}). Each session of an
 * exercise is judged at the dose the fold has reached by its day ({@link Judgement}); two qualifying
 * sessions in a row step up, a worse one steps down at once, and a hold or any step starts the count
 * again. Nothing is stored: a session logged late for an earlier day takes its place in the order,
 * and the ladder is worked out again.
 */
public final class Progression {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private Progression() {
	}

	/** Where an exercise stands: its step (from 1) and the rule behind it. */
	public record Position(int step, String ruleId) {

		static final Position START = new Position(1, "P-START");

	}

	/** The fold's result: where each exercise stands, every change, and whether each session was completed. */
	public record Progress(Map<Exercise, Position> positions, List<DoseChange> changes, Map<Long, Boolean> completed) {

		public Progress {
			positions = Map.copyOf(positions);
			changes = List.copyOf(changes);
			completed = Map.copyOf(completed);
		}

		public Position position(Exercise exercise) {
			return this.positions.get(exercise);
		}

	}

	/** Replays the sessions (any order) against the check-ins' morning answers, keyed by their date. */
	public static Progress replay(List<LoggedSession> sessions, Map<LocalDate, MorningAnswer> answers) {
		Map<Exercise, Position> positions = new EnumMap<>(Exercise.class);
		Map<Exercise, Integer> streaks = new EnumMap<>(Exercise.class);
		for (Exercise exercise : Exercise.values()) {
			positions.put(exercise, Position.START);
			streaks.put(exercise, 0);
		}
		List<DoseChange> changes = new ArrayList<>();
		Map<Long, Boolean> completed = new HashMap<>();
		for (LoggedSession logged : sessions.stream().sorted(LoggedSession.IN_DATE_ORDER).toList()) {
			ExerciseSession session = logged.session();
			boolean all = true;
			for (Exercise exercise : Exercise.of(session.kind())) {
				var done = session.find(exercise);
				Position at = positions.get(exercise);
				Dose dose = exercise.dose(at.step());
				if (done.isEmpty()) {
					all = false;
					continue;
				}
				all &= done.get().reaches(dose);
				Judgement judgement = Judgement.of(session, done.get(), dose, answers);
				int streak = (judgement instanceof Judgement.Qualifying) ? streaks.get(exercise) + 1 : 0;
				int to = switch (judgement) {
					case Judgement.Worse worse -> Math.max(1, at.step() - 1);
					case Judgement.Qualifying qualifying -> streak == 2 ? Math.min(exercise.lastStep(), at.step() + 1)
							: at.step();
					case Judgement.Held held -> at.step();
				};
				if (streak == 2) {
					streak = 0;
				}
				streaks.put(exercise, streak);
				if (to != at.step()) {
					String rule = to < at.step() ? "P-DOWN" : exercise.beyondRange(to) ? "P-TOP" : "P-UP";
					changes.add(new DoseChange(session.date(), exercise, at.step(), to, rule,
							reason(session.date(), exercise, at.step(), to, rule, judgement)));
					positions.put(exercise, new Position(to, rule));
				}
			}
			completed.put(logged.id(), all);
		}
		return new Progress(positions, changes, completed);
	}

	private static String reason(LocalDate date, Exercise exercise, int from, int to, String rule, Judgement judgement) {
		String head = exercise.title() + ": " + exercise.dose(from).to(exercise.dose(to), exercise.perSide()) + " on "
				+ DAY.format(date) + ": ";
		return switch (rule) {
			case "P-DOWN" -> head + judgement.reason();
			case "P-TOP" -> head + "two sessions in a row with pain at most 3/10 and a good next morning, at the top of"
					+ " the range, so " + (exercise.dose(to).sets() > exercise.dose(from).sets() ? "a second set"
							: "a " + exercise.dose(to).holdSeconds() + "-second hold at the end position");
			default -> head + "two sessions in a row with pain at most 3/10 and a good next morning";
		};
	}

}
