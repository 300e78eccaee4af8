package dev.backstride.program;

import java.util.List;

/**
 * The runner's plan (PROTOCOL §5): active, with today's exercises at their doses, or paused
 * ({@code P-PAUSE}) with the reasons in words. Both keep the core days and the contributors found;
 * a paused plan holds no exercises.
 */
public sealed interface Plan {

	CoreDays coreDays();

	List<Contributor> contributors();

	List<String> ruleIds();

	/**
	 * @param exercises the dosed exercises, swings first
	 * @param techniqueCheck whether {@code EX-MIRROR} and a technique check are part of the plan
	 * ({@code C-PELVIS} found, or no pelvis measurement yet)
	 */
	record Active(CoreDays coreDays, List<Contributor> contributors, List<Prescription> exercises,
			boolean techniqueCheck, List<String> ruleIds) implements Plan {

		public Active {
			contributors = List.copyOf(contributors);
			exercises = List.copyOf(exercises);
			ruleIds = List.copyOf(ruleIds);
		}

	}

	record Paused(CoreDays coreDays, List<Contributor> contributors, List<String> reasons, List<String> ruleIds)
			implements Plan {

		public Paused {
			contributors = List.copyOf(contributors);
			reasons = List.copyOf(reasons);
			ruleIds = List.copyOf(ruleIds);
		}

	}

}
