package dev.backstride.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.backstride.screening.CareStatus;
import dev.backstride.screening.TriageLevel;

/**
 * Puts the plan together (PROTOCOL §5 {@code P-SELECT}, {@code P-PAUSE}): every active plan holds
 * leg swings, reach and tuck and the mini crunch at the doses of the fold, with the mirror run and a
 * technique check when the pelvis tilts beyond the runner's band or was never measured. Anything but
 * an active care status pauses it, with the reason in words; so do new or changed symptoms reported
 * since the last screening.
 */
public final class Planning {

	private Planning() {
	}

	public static Plan plan(CareStatus status, boolean newSymptomsUnscreened, CoreDays days, List<TakenTest> tests,
			PelvisFinding pelvis, Progression.Progress progress) {
		List<Contributor> contributors = contributors(tests, pelvis);
		List<String> pause = pauseReasons(status, newSymptomsUnscreened);
		if (!pause.isEmpty()) {
			Set<String> ids = new LinkedHashSet<>(List.of("P-PAUSE"));
			ids.addAll(status.ruleIds());
			if (newSymptomsUnscreened && status instanceof CareStatus.Active) {
				ids.add("RF-SCREEN");
			}
			return new Plan.Paused(days, contributors, pause, List.copyOf(ids));
		}
		List<Prescription> exercises = new ArrayList<>();
		for (Exercise exercise : Exercise.values()) {
			Progression.Position at = progress.position(exercise);
			exercises.add(new Prescription(exercise, at.step(), exercise.dose(at.step()), at.ruleId(),
					contributors.stream().filter((c) -> exercise.against().contains(c.id())).toList()));
		}
		boolean technique = !(pelvis instanceof PelvisFinding.Measured measured) || measured.beyond();
		Set<String> ids = new LinkedHashSet<>(List.of("P-SELECT", "P-FREQ"));
		exercises.forEach((p) -> ids.add(p.ruleId()));
		return new Plan.Active(days, contributors, exercises, technique, List.copyOf(ids));
	}

	/** The contributors of the latest test of each kind, and of the latest pelvis measurement. */
	static List<Contributor> contributors(List<TakenTest> tests, PelvisFinding pelvis) {
		Map<String, TakenTest> latest = tests.stream()
			.collect(Collectors.toMap((t) -> t.test().id(), Function.identity(),
					(a, b) -> LoggedOrder.COMPARATOR.compare(a, b) >= 0 ? a : b));
		List<Contributor> found = new ArrayList<>();
		latest.values().stream().sorted(Comparator.comparing((TakenTest t) -> t.test().id()))
			.forEach((t) -> found.addAll(t.test().findings()));
		if (pelvis instanceof PelvisFinding.Measured measured && measured.beyond()) {
			found.add(new Contributor("C-PELVIS", "T-PELVIS", String.format(Locale.ENGLISH,
					"Your latest pelvis measurement showed a hip drop of %.1f°, beyond the %.0f° worth a closer look.",
					measured.largestDropDegrees(), measured.thresholdDegrees())));
		}
		found.sort(Comparator.comparing(Contributor::id).thenComparing(Contributor::foundBy));
		return found;
	}

	static List<String> pauseReasons(CareStatus status, boolean newSymptomsUnscreened) {
		return switch (status) {
			case CareStatus.NotScreened notScreened -> List.of(
					"Please answer the safety questions first, so we know these exercises are a sensible plan for you.");
			case CareStatus.NeedsClearance needsClearance -> List.of(
					"Please confirm that you have been advised to check with a doctor before starting an exercise program.");
			case CareStatus.Paused paused -> List.of(paused.level() == TriageLevel.EMERGENCY
					? "Please get urgent medical care now. Your exercises wait until you tell us a clinician has checked you."
					: "Please see a clinician in the next few days. Your exercises wait until you tell us they have checked you.");
			case CareStatus.Active active -> newSymptomsUnscreened ? List.of(
					"You told us about new or changed symptoms: please answer the safety questions again before exercising.")
					: List.of();
		};
	}

	/** Newest taken last. */
	private static final class LoggedOrder {

		static final Comparator<TakenTest> COMPARATOR = Comparator.comparing(TakenTest::takenAt)
			.thenComparingLong(TakenTest::id);

	}

}
