package dev.backstride.program.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.backstride.program.Exercise;
import dev.backstride.program.ExerciseSession;
import dev.backstride.program.PerformedExercise;
import dev.backstride.program.PerformedSet;
import dev.backstride.program.Programs;
import dev.backstride.program.SessionKind;
import dev.backstride.program.Side;

/**
 * A session as the API sends it. Every value is checked here, naming its JSON field, before the
 * records see it; nothing is stored unless the whole session reads.
 */
record SessionForm(String date, String kind, Integer painDuring, String note, List<ExerciseForm> exercises) {

	record ExerciseForm(String id, List<SetForm> sets) {
	}

	record SetForm(String side, Integer reps, Integer holdSeconds) {
	}

	ExerciseSession toSession(LocalDate today) {
		LocalDate day = date(today);
		SessionKind sessionKind = routine();
		int pain = FieldProblem.whole("painDuring", this.painDuring, 0, 10, "the pain during the session");
		if (this.note != null && this.note.length() > ExerciseSession.MAX_NOTE) {
			throw new FieldProblem("note", "a note can be up to " + ExerciseSession.MAX_NOTE + " characters long.");
		}
		if (this.exercises == null || this.exercises.isEmpty()) {
			throw new FieldProblem("exercises", "list the exercises done, at least one.");
		}
		if (this.exercises.size() > Exercise.values().length) {
			throw new FieldProblem("exercises", "list each exercise once.");
		}
		List<PerformedExercise> done = new ArrayList<>();
		for (int i = 0; i < this.exercises.size(); i++) {
			PerformedExercise exercise = exercise("exercises[" + i + "]", this.exercises.get(i), sessionKind);
			if (done.stream().anyMatch((d) -> d.exercise() == exercise.exercise())) {
				throw new FieldProblem("exercises[" + i + "].id", "list each exercise once.");
			}
			done.add(exercise);
		}
		return new ExerciseSession(day, sessionKind, pain, Optional.ofNullable(this.note).filter((n) -> !n.isBlank()),
				done);
	}

	private LocalDate date(LocalDate today) {
		if (this.date == null) {
			return today;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(this.date.strip());
		}
		catch (DateTimeParseException ex) {
			throw new FieldProblem("date", "give the day as a date like " + today + ".");
		}
		if (day.isAfter(today)) {
			throw new FieldProblem("date", "a session cannot be dated in the future.");
		}
		if (day.isBefore(today.minusDays(Programs.DAYS_BACK))) {
			throw new FieldProblem("date", "a session can be filled in up to " + Programs.DAYS_BACK + " days back, from "
					+ today.minusDays(Programs.DAYS_BACK) + ".");
		}
		return day;
	}

	private SessionKind routine() {
		if (this.kind == null) {
			throw new FieldProblem("kind", "say which routine this was: CORE or PRE_RUN.");
		}
		try {
			return SessionKind.valueOf(this.kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("kind", "the routine is CORE (core day) or PRE_RUN (before a run).");
		}
	}

	private static PerformedExercise exercise(String field, ExerciseForm form, SessionKind kind) {
		if (form == null || form.id() == null) {
			throw new FieldProblem(field + ".id", "name the exercise, for example EX-REACH.");
		}
		Exercise exercise = Exercise.byId(form.id())
			.orElseThrow(() -> new FieldProblem(field + ".id", "there is no exercise '" + form.id()
					+ "' to log; the exercises are EX-SWING, EX-REACH and EX-CRUNCH."));
		if (exercise.kind() != kind) {
			throw new FieldProblem(field + ".id", exercise.title() + " belongs to the "
					+ (exercise.kind() == SessionKind.CORE ? "CORE" : "PRE_RUN") + " routine, not this one.");
		}
		if (form.sets() == null || form.sets().isEmpty() || form.sets().size() > PerformedExercise.MAX_SETS) {
			throw new FieldProblem(field + ".sets", "list the sets done, 1 to " + PerformedExercise.MAX_SETS + ".");
		}
		List<PerformedSet> sets = new ArrayList<>();
		for (int i = 0; i < form.sets().size(); i++) {
			sets.add(set(field + ".sets[" + i + "]", form.sets().get(i), exercise));
		}
		return new PerformedExercise(exercise, sets);
	}

	private static PerformedSet set(String field, SetForm form, Exercise exercise) {
		if (form == null) {
			throw new FieldProblem(field, "each set is an object with its repetitions.");
		}
		Optional<Side> side = Optional.empty();
		if (exercise.perSide()) {
			if (form.side() == null) {
				throw new FieldProblem(field + ".side", "say which leg this set was, LEFT or RIGHT.");
			}
			try {
				side = Optional.of(Side.valueOf(form.side().strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new FieldProblem(field + ".side", "the leg is LEFT or RIGHT.");
			}
		}
		else if (form.side() != null) {
			throw new FieldProblem(field + ".side", exercise.title() + " works both sides at once: leave the side out.");
		}
		int reps = FieldProblem.whole(field + ".reps", form.reps(), 0, PerformedSet.MAX_REPS, "the repetitions");
		int hold = form.holdSeconds() == null ? 0
				: FieldProblem.whole(field + ".holdSeconds", form.holdSeconds(), 0, PerformedSet.MAX_HOLD_SECONDS,
						"the hold in seconds");
		return new PerformedSet(side, reps, hold);
	}

}
