package dev.backstride.interop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.backstride.program.Exercise;
import dev.backstride.program.LoggedSession;
import dev.backstride.program.PerformedExercise;
import dev.backstride.program.PerformedSet;
import dev.backstride.program.SessionKind;
import dev.backstride.program.Side;

import static dev.backstride.interop.FhirResources.CODES;
import static dev.backstride.interop.FhirResources.coding;
import static dev.backstride.interop.FhirResources.component;
import static dev.backstride.interop.FhirResources.observation;
import static dev.backstride.interop.FhirResources.quantity;
import static dev.backstride.interop.FhirResources.reference;
import static dev.backstride.interop.FhirResources.score;

/**
 * A logged exercise session in FHIR: a completed {@code Procedure} (category SNOMED CT 229065009
 * Exercise therapy) on the session's day, with a plain-English note of what was done and the runner's
 * own note, and, {@code partOf} it, an {@code Observation} of the back pain during it (0-10) and one
 * per exercise with each set's repetitions and hold as components.
 */
final class FhirSessions {

	static final String SNOMED = "http://snomed.info/sct";

	private FhirSessions() {
	}

	/** The session's resources, the Procedure first; {@code add} writes one and returns its full URL. */
	static void session(String patient, LoggedSession logged, Function<Map<String, Object>, String> add) {
		String procedure = add.apply(procedure(patient, logged));
		add.apply(pain(patient, procedure, logged));
		for (PerformedExercise done : inProgramOrder(logged)) {
			add.apply(exercise(patient, procedure, logged, done));
		}
	}

	static Map<String, Object> procedure(String patient, LoggedSession logged) {
		var session = logged.session();
		Map<String, Object> procedure = new LinkedHashMap<>();
		procedure.put("resourceType", "Procedure");
		procedure.put("status", "completed");
		procedure.put("category", Map.of("coding", List.of(coding(SNOMED, "229065009", "Exercise therapy")), "text",
				"Exercise therapy"));
		Map<String, Object> code = kind(session.kind());
		procedure.put("code", Map.of("coding", List.of(code), "text", code.get("display")));
		procedure.put("subject", reference(patient));
		procedure.put("performedDateTime", session.date().toString());
		List<Map<String, Object>> notes = new ArrayList<>();
		for (PerformedExercise done : inProgramOrder(logged)) {
			notes.add(Map.of("text", describe(done)));
		}
		notes.add(Map.of("text", painWording(session.kind()) + ": " + session.painDuring() + " out of 10."));
		session.note().ifPresent((note) -> notes.add(Map.of("text", "Patient's note: " + note)));
		procedure.put("note", notes);
		return procedure;
	}

	static Map<String, Object> pain(String patient, String procedure, LoggedSession logged) {
		var session = logged.session();
		Map<String, Object> code = session.kind() == SessionKind.PRE_RUN
				? coding(CODES, "pain-during-run", "Back pain during the run, 0-10")
				: coding(CODES, "pain-during-exercise", "Back pain during the exercise session, 0-10");
		Map<String, Object> observation = observation(patient, "survey", code, session.date());
		observation.put("partOf", List.of(reference(procedure)));
		observation.put("valueQuantity", score(session.painDuring()));
		return observation;
	}

	static Map<String, Object> exercise(String patient, String procedure, LoggedSession logged,
			PerformedExercise done) {
		Map<String, Object> observation = observation(patient, "activity",
				coding(CODES, done.exercise().id(), done.exercise().title()), logged.session().date());
		observation.put("partOf", List.of(reference(procedure)));
		List<Map<String, Object>> components = new ArrayList<>();
		components.add(component(coding(CODES, "sets", "Sets done"), "valueInteger", done.sets().size()));
		int number = 0;
		for (PerformedSet set : done.sets()) {
			number++;
			String which = "Set " + number + set.side().map((side) -> ", " + leg(side)).orElse("");
			components.add(named(component(coding(CODES, "set-repetitions", "Repetitions in the set"), "valueQuantity",
					quantity(set.reps(), "{repetitions}", "repetitions")), which + ": repetitions"));
			components.add(named(component(coding(CODES, "set-hold", "Hold at the end of each repetition"),
					"valueQuantity", quantity(set.holdSeconds(), "s", "s")), which + ": hold at the end of each repetition"));
		}
		observation.put("component", components);
		observation.put("note", List.of(Map.of("text", describe(done))));
		return observation;
	}

	/** The exercises in the order the program does them, whatever order they were logged in. */
	private static List<PerformedExercise> inProgramOrder(LoggedSession logged) {
		return logged.session()
			.exercises()
			.stream()
			.sorted(Comparator.comparing(PerformedExercise::exercise))
			.toList();
	}

	/** The component with its code's text naming the set it is about. */
	private static Map<String, Object> named(Map<String, Object> component, String text) {
		@SuppressWarnings("unchecked")
		Map<String, Object> code = new LinkedHashMap<>((Map<String, Object>) component.get("code"));
		code.put("text", text);
		component.put("code", code);
		return component;
	}

	private static Map<String, Object> kind(SessionKind kind) {
		return switch (kind) {
			case CORE -> coding(CODES, "core-exercise-session", "Core exercise session (reach and tuck, straight-leg"
					+ " mini crunch)");
			case PRE_RUN -> coding(CODES, "pre-run-exercise-session", "Exercises before a run (leg swings)");
		};
	}

	private static String painWording(SessionKind kind) {
		return switch (kind) {
			case CORE -> "Back pain during the session";
			case PRE_RUN -> "Back pain during the run that followed";
		};
	}

	/**
	 * What was done of one exercise, in a sentence: "Reach and tuck, left leg: 2 sets of 12 repetitions,
	 * each held for 3 seconds; right leg: 1 set of 10 repetitions."
	 */
	static String describe(PerformedExercise done) {
		Exercise exercise = done.exercise();
		if (!exercise.perSide()) {
			return exercise.title() + ": " + sets(done.sets()) + ".";
		}
		List<String> parts = new ArrayList<>();
		for (Side side : Side.values()) {
			List<PerformedSet> ofSide = done.sets().stream().filter((s) -> s.side().equals(Optional.of(side))).toList();
			if (!ofSide.isEmpty()) {
				parts.add(leg(side) + ": " + sets(ofSide));
			}
		}
		return exercise.title() + ", " + String.join("; ", parts) + ".";
	}

	private static String sets(List<PerformedSet> sets) {
		List<Integer> reps = sets.stream().map(PerformedSet::reps).toList();
		List<Integer> holds = sets.stream().map(PerformedSet::holdSeconds).toList();
		String text = sets.size() + (sets.size() == 1 ? " set of " : " sets of ")
				+ (reps.stream().distinct().count() == 1 ? reps.get(0).toString() : list(reps)) + " repetitions";
		if (holds.stream().allMatch((h) -> h == 0)) {
			return text;
		}
		if (holds.stream().distinct().count() == 1) {
			return text + ", each held for " + seconds(holds.get(0));
		}
		return text + ", held for " + list(holds) + " seconds respectively";
	}

	private static String seconds(int seconds) {
		return seconds + (seconds == 1 ? " second" : " seconds");
	}

	private static String list(List<Integer> numbers) {
		List<String> words = numbers.stream().map(String::valueOf).toList();
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

	private static String leg(Side side) {
		return side.name().toLowerCase(Locale.ROOT) + " leg";
	}

}
