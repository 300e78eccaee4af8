package dev.backstride.program.web;

import java.time.DayOfWeek;
import java.util.List;

import dev.backstride.program.Contributor;
import dev.backstride.program.Exercise;
import dev.backstride.program.Plan;
import dev.backstride.program.Prescription;

/**
 * The plan as the API gives it: {@code state}, rule ids, core days, contributors and the exercises at
 * their doses, with what the session player needs (names, steps in words, rest between sets) and, when
 * paused, the reasons.
 */
record PlanView(String state, List<String> ruleIds, List<String> coreDays, boolean todayIsCoreDay,
		List<ContributorView> contributors, List<ExerciseView> exercises, List<DrillView> drills,
		List<String> pauseReasons) {

	record ContributorView(String id, String foundBy, String reason) {

		static ContributorView of(Contributor c) {
			return new ContributorView(c.id(), c.foundBy(), c.reason());
		}

	}

	record ExerciseView(String id, String name, String routine, int step, int steps, int reps, int sets,
			int holdSeconds, boolean perSide, int restSeconds, String ruleId, String dose, List<String> instructions,
			List<String> against) {

		static ExerciseView of(Prescription p) {
			Exercise e = p.exercise();
			return new ExerciseView(e.id(), e.title(), e.kind().name(), p.step(), e.lastStep(), p.dose().reps(),
					p.dose().sets(), p.dose().holdSeconds(), e.perSide(), Exercise.REST_SECONDS, p.ruleId(),
					p.dose().describe(e.perSide()), e.instructions(), p.against().stream().map(Contributor::id).distinct().toList());
		}

	}

	/** The mirror run ({@code EX-MIRROR}) and the technique check, when {@code P-SELECT} adds them. */
	record DrillView(String id, String name, String ruleId, List<String> instructions) {

		static final DrillView MIRROR = new DrillView("EX-MIRROR", "Mirror run", "P-SELECT", List.of(
				"Run on a treadmill facing a mirror, then side-on to it, and watch your pelvis.",
				"Look for your hips dropping to one side or tipping forward and back more than a little.",
				"Record a pelvis measurement with your phone at your lower back to see the same thing in numbers."));

	}

	static PlanView of(Plan plan, DayOfWeek today) {
		List<String> days = plan.coreDays().inWeekOrder().stream().map(DayOfWeek::name).toList();
		List<ContributorView> contributors = plan.contributors().stream().map(ContributorView::of).toList();
		boolean coreDay = plan.coreDays().contains(today);
		return switch (plan) {
			case Plan.Active active -> new PlanView("ACTIVE", active.ruleIds(), days, coreDay, contributors,
					active.exercises().stream().map(ExerciseView::of).toList(),
					active.techniqueCheck() ? List.of(DrillView.MIRROR) : List.of(), List.of());
			case Plan.Paused paused -> new PlanView("PAUSED", paused.ruleIds(), days, coreDay, contributors, List.of(),
					List.of(), paused.reasons());
		};
	}

}
