package dev.backstride.program;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fold's state at the end of a day ({@link Progression.State} after every session dated
 * {@code asOf} or earlier), kept so that a read folds only the sessions after it. It stands for the
 * sessions dated up to {@code asOf} and the check-ins dated up to the day after (whose morning answers
 * judged them): whoever writes, changes or deletes one of those drops it (see {@link Programs}).
 *
 * <p>
 * Stored as text, one exercise after another ("EX-SWING 3 P-UP 1;…": id, step, rule, streak), beside
 * {@link #RULES}, a fingerprint of the fold and the ladders: a checkpoint written under other rules or
 * ladders, or text that does not read back as a state the fold reaches, is not used.
 */
public record Checkpoint(LocalDate asOf, Progression.State state) {

	/**
	 * Raise when the fold or the judgement of a session changes ({@link Progression}, {@link Judgement}):
	 * every stored checkpoint is then worked out again. Changes to the ladders are caught by the fingerprint.
	 */
	private static final int FOLD_VERSION = 1;

	/** The fold's version with a fingerprint of every ladder: what a stored checkpoint was worked out under. */
	public static final String RULES = "fold-" + FOLD_VERSION + "-" + ladders();

	private static final Set<String> RULE_IDS = Set.of("P-START", "P-UP", "P-TOP", "P-DOWN");

	public Checkpoint {
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(state, "state");
	}

	/** The positions and streaks as text, for storing beside {@link #asOf} and the change count. */
	public String positions() {
		return Stream.of(Exercise.values())
			.map((e) -> e.id() + " " + this.state.positions().get(e).step() + " " + this.state.positions().get(e).ruleId()
					+ " " + this.state.streaks().get(e))
			.collect(Collectors.joining(";"));
	}

	/** The checkpoint stored as these values, or empty when it was written under other rules or does not read. */
	public static Optional<Checkpoint> read(LocalDate asOf, String rules, String positions, int changes) {
		if (!RULES.equals(rules)) {
			return Optional.empty();
		}
		Map<Exercise, Progression.Position> at = new EnumMap<>(Exercise.class);
		Map<Exercise, Integer> streaks = new EnumMap<>(Exercise.class);
		try {
			for (String part : positions.split(";")) {
				String[] fields = part.split(" ");
				if (fields.length != 4 || !RULE_IDS.contains(fields[2])) {
					return Optional.empty();
				}
				Optional<Exercise> exercise = Exercise.byId(fields[0]);
				if (exercise.isEmpty() || at.containsKey(exercise.get())) {
					return Optional.empty();
				}
				at.put(exercise.get(), new Progression.Position(Integer.parseInt(fields[1]), fields[2]));
				streaks.put(exercise.get(), Integer.parseInt(fields[3]));
			}
			return Optional.of(new Checkpoint(asOf, new Progression.State(at, streaks, changes)));
		}
		catch (IllegalArgumentException ex) {
			// a number that does not parse, a step off the ladder, an exercise missing
			return Optional.empty();
		}
	}

	private static String ladders() {
		String ladders = Stream.of(Exercise.values())
			.map((e) -> e.id() + ":" + e.kind() + ":" + e.perSide() + ":" + e.ladder()
				.stream()
				.map((d) -> d.reps() + "x" + d.sets() + "/" + d.holdSeconds())
				.collect(Collectors.joining(",")) + ":" + Stream.iterate(1, (s) -> s + 1)
					.limit(e.lastStep())
					.map((s) -> e.beyondRange(s) ? "T" : "R")
					.collect(Collectors.joining()))
			.collect(Collectors.joining(";"));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(ladders.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
