package dev.backstride.program;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three dosed exercises of PROTOCOL §5 with their ladders: the low end of the range first
 * ({@code P-START}), one step per {@code P-UP}, and past the top of the range a second set, then a
 * 3-second hold ({@code P-TOP}).
 */
public enum Exercise {

	SWING("EX-SWING", "Leg swings", SessionKind.PRE_RUN, true, 4,
			List.of(Dose.of(12), Dose.of(14), Dose.of(16), Dose.of(18), Dose.of(20), new Dose(20, 2, 0)),
			List.of("Stand side-on to a wall or a tree, an arm's length away, with your near hand resting on it.",
					"Keep your hips level and your back tall.",
					"Swing the outside leg forward and back in an easy, controlled arc; feel the back of the thigh"
							+ " stretch as it swings forward.",
					"When the set is done, turn around and swing the other leg."),
			List.of("C-HAM")),

	REACH("EX-REACH", "Reach and tuck", SessionKind.CORE, true, 4,
			List.of(Dose.of(8), Dose.of(9), Dose.of(10), Dose.of(11), Dose.of(12), new Dose(12, 2, 0),
					new Dose(12, 2, 3)),
			List.of("Kneel on all fours, hands under your shoulders and knees under your hips, back flat like a table top.",
					"Tighten your stomach muscles gently, as if bracing for a light poke, and keep them tight.",
					"Slide one leg back slowly until it is straight, then raise it a little, squeezing your buttock.",
					"Bend the knee and draw it in under you towards your chest.",
					"That is one repetition: do them all with one leg, then the other."),
			List.of("C-CORE")),

	CRUNCH("EX-CRUNCH", "Straight-leg mini crunch", SessionKind.CORE, false, 3,
			List.of(Dose.of(12), Dose.of(13), Dose.of(14), Dose.of(15), new Dose(15, 2, 0), new Dose(15, 2, 3)),
			List.of("Lie on your back on a mat with your legs straight.",
					"Press both heels firmly down into the mat and keep pressing throughout.",
					"Cross your arms over your chest and tuck your chin a little.",
					"Tighten your stomach and lift your shoulders just off the floor, then lower them with control."),
			List.of("C-CORE", "C-PELVIS"));

	/** Seconds of rest between sets. */
	public static final int REST_SECONDS = 60;

	private final String id;

	private final String title;

	private final SessionKind kind;

	private final boolean perSide;

	private final int topOfRange;

	private final List<Dose> ladder;

	private final List<String> instructions;

	private final List<String> against;

	Exercise(String id, String title, SessionKind kind, boolean perSide, int topOfRange, List<Dose> ladder,
			List<String> instructions, List<String> against) {
		this.id = id;
		this.title = title;
		this.kind = kind;
		this.perSide = perSide;
		this.topOfRange = topOfRange;
		this.ladder = ladder;
		this.instructions = instructions;
		this.against = against;
	}

	public String id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public SessionKind kind() {
		return this.kind;
	}

	public boolean perSide() {
		return this.perSide;
	}

	public List<Dose> ladder() {
		return this.ladder;
	}

	/** The steps of the exercise in plain words, in order. */
	public List<String> instructions() {
		return this.instructions;
	}

	/** The contributors (PROTOCOL §1) this exercise works against. */
	public List<String> against() {
		return this.against;
	}

	/** The dose at a step counted from 1. */
	public Dose dose(int step) {
		return this.ladder.get(step - 1);
	}

	public int lastStep() {
		return this.ladder.size();
	}

	/** Whether stepping up to {@code step} (from 1) goes past the top of the range: {@code P-TOP}, not {@code P-UP}. */
	boolean beyondRange(int step) {
		return step - 1 > this.topOfRange;
	}

	/** The exercise with this protocol id ("EX-REACH"), in any letter case. */
	public static Optional<Exercise> byId(String id) {
		String wanted = id.strip().toUpperCase(Locale.ROOT);
		for (Exercise exercise : values()) {
			if (exercise.id.equals(wanted)) {
				return Optional.of(exercise);
			}
		}
		return Optional.empty();
	}

	public static List<Exercise> of(SessionKind kind) {
		return java.util.Arrays.stream(values()).filter((e) -> e.kind == kind).toList();
	}

}
