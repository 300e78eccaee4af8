package dev.backstride.program;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
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

	/**
	 * Where the fold stands after some of the sessions: each exercise's position and how many qualifying
	 * sessions in a row it has towards the next step, and how many dose changes the fold made so far.
	 * The fold can go on from here with the later sessions and give what a replay from the start gives
	 * ({@link #replay(State, List, Map)}).
	 */
	public record State(Map<Exercise, Position> positions, Map<Exercise, Integer> streaks, int changes) {

		/** Before the first session: every exercise at its first step, no streaks, no changes. */
		public static final State START = start();

		public State {
			if (!positions.keySet().equals(EnumSet.allOf(Exercise.class))
					|| !streaks.keySet().equals(EnumSet.allOf(Exercise.class))) {
				throw new IllegalArgumentException("a state holds every exercise");
			}
			for (Exercise exercise : Exercise.values()) {
				int step = positions.get(exercise).step();
				int streak = streaks.get(exercise);
				if (step < 1 || step > exercise.lastStep() || streak < 0 || streak > 1) {
					throw new IllegalArgumentException("not a state the fold reaches: " + exercise.id() + " step " + step
							+ ", streak " + streak);
				}
			}
			if (changes < 0) {
				throw new IllegalArgumentException("changes cannot be negative");
			}
			positions = Collections.unmodifiableMap(new EnumMap<>(positions));
			streaks = Collections.unmodifiableMap(new EnumMap<>(streaks));
		}

		private static State start() {
			Map<Exercise, Position> positions = new EnumMap<>(Exercise.class);
			Map<Exercise, Integer> streaks = new EnumMap<>(Exercise.class);
			for (Exercise exercise : Exercise.values()) {
				positions.put(exercise, Position.START);
				streaks.put(exercise, 0);
			}
			return new State(positions, streaks, 0);
		}

	}

	/**
	 * The fold's result: where each exercise stands, the changes and completions of the sessions folded
	 * (from the start: every change and every session), and the state to go on from.
	 */
	public record Progress(Map<Exercise, Position> positions, List<DoseChange> changes, Map<Long, Boolean> completed,
			State state) {

		public Progress {
			positions = Map.copyOf(positions);
			changes = List.copyOf(changes);
			completed = Map.copyOf(completed);
		}

		public Position position(Exercise exercise) {
			return this.positions.get(exercise);
		}

		/** How many dose changes there are in all, those before the state the fold went on from included. */
		public int changeCount() {
			return this.state.changes();
		}

	}

	/** Replays the sessions (any order) against the check-ins' morning answers, keyed by their date. */
	public static Progress replay(List<LoggedSession> sessions, Map<LocalDate, MorningAnswer> answers) {
		return replay(State.START, sessions, answers);
	}

	/**
	 * Goes on from {@code from} with the sessions after it (any order): the same positions, streaks and
	 * change count as a replay from the start over the earlier sessions and these, as long as
	 * {@code from} was reached by folding exactly those earlier sessions against the same answers. The
	 * changes and completions are those of these sessions only.
	 */
	public static Progress replay(State from, List<LoggedSession> sessions, Map<LocalDate, MorningAnswer> answers) {
		Map<Exercise, Position> positions = new EnumMap<>(from.positions());
		Map<Exercise, Integer> streaks = new EnumMap<>(from.streaks());
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
		// a stable sort: changes of one exercise keep the fold's order; those of one day list swings first
		changes.sort(Comparator.comparing(DoseChange::date).thenComparing(DoseChange::exercise));
		return new Progress(positions, changes, completed,
				new State(positions, streaks, from.changes() + changes.size()));
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
