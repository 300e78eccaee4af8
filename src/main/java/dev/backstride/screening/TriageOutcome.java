package dev.backstride.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one danger-sign screening (PROTOCOL §2).
 *
 * <p>
 * {@link #ruleIds()} lists every rule that fired: {@code RF-CES} first when it fired, then the
 * category id {@code RF-SEE} whenever any non-emergency flag fired (also inside an emergency, so that
 * the "see a clinician" part is not lost once the emergency is dealt with), then the specific ids
 * ({@code RF-FRACTURE} …) in the order of {@link RedFlagRules#RULES}. {@code context} holds notes
 * shown alongside flags that are not flags themselves (the fracture age context).
 */
public sealed interface TriageOutcome {

	List<RedFlag> flags();

	List<String> context();

	TriageLevel level();

	default List<String> ruleIds() {
		List<String> ids = new ArrayList<>();
		List<RedFlag> flags = flags();
		if (flags.stream().anyMatch(RedFlag::emergency)) {
			ids.add(RuleIds.CES);
		}
		if (flags.stream().anyMatch((flag) -> !flag.emergency())) {
			ids.add(RuleIds.SEE);
		}
		flags.stream().filter((flag) -> !flag.emergency()).map(RedFlag::ruleId).forEach(ids::add);
		return List.copyOf(ids);
	}

	/** No flag fired: the self-management program may go ahead. */
	record SelfManage() implements TriageOutcome {

		@Override
		public List<RedFlag> flags() {
			return List.of();
		}

		@Override
		public List<String> context() {
			return List.of();
		}

		@Override
		public TriageLevel level() {
			return TriageLevel.SELF_MANAGE;
		}

	}

	/** Non-urgent flags: pause the program and book a clinician within days. */
	record SeeClinician(List<RedFlag> flags, List<String> context) implements TriageOutcome {

		public SeeClinician {
			if (flags.isEmpty() || flags.stream().anyMatch(RedFlag::emergency)) {
				throw new IllegalArgumentException("see-clinician needs flags and no emergency flag: " + flags);
			}
			flags = List.copyOf(flags);
			context = List.copyOf(context);
		}

		@Override
		public TriageLevel level() {
			return TriageLevel.SEE_CLINICIAN;
		}

	}

	/** RF-CES fired: stop, seek urgent care now. {@code flags} also holds any other flag that fired. */
	record Emergency(List<RedFlag> flags, List<String> context) implements TriageOutcome {

		public Emergency {
			if (flags.stream().noneMatch(RedFlag::emergency)) {
				throw new IllegalArgumentException("an emergency needs the RF-CES flag: " + flags);
			}
			flags = List.copyOf(flags);
			context = List.copyOf(context);
		}

		@Override
		public TriageLevel level() {
			return TriageLevel.EMERGENCY;
		}

	}

	/** Builds the outcome that matches the flags (also used to rebuild stored outcomes). */
	static TriageOutcome of(List<RedFlag> flags, List<String> context) {
		if (flags.isEmpty()) {
			return new SelfManage();
		}
		if (flags.stream().anyMatch(RedFlag::emergency)) {
			return new Emergency(flags, context);
		}
		return new SeeClinician(flags, context);
	}

}
