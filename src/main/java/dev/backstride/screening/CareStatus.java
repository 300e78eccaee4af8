package dev.backstride.screening;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the runner's plan may run (PROTOCOL §2): not screened yet, paused by a flag, waiting for
 * the clearance confirmation ({@code RF-CLEAR}), or active.
 *
 * <p>
 * Every flagged screening (emergency or see-a-clinician) keeps the plan paused until the runner
 * records that a clinician assessed them <em>after</em> it. A later screening with no flags does not
 * lift such a pause on its own: only the clinician-assessed confirmation does. When several flagged
 * screenings wait, the pause lists all their rule ids and takes the most urgent level.
 */
public sealed interface CareStatus {

	List<String> ruleIds();

	/** No danger-sign screening on record. */
	record NotScreened() implements CareStatus {

		@Override
		public List<String> ruleIds() {
			return List.of(RuleIds.SCREEN);
		}

	}

	/** Paused by flags that no clinician has assessed yet. */
	record Paused(TriageLevel level, List<String> ruleIds, String reason) implements CareStatus {

		public Paused {
			if (level == TriageLevel.SELF_MANAGE || ruleIds.isEmpty()) {
				throw new IllegalArgumentException("a pause needs a flag level and rule ids");
			}
			ruleIds = List.copyOf(ruleIds);
		}

	}

	/** Screened without open flags, but RF-CLEAR not yet confirmed. */
	record NeedsClearance() implements CareStatus {

		@Override
		public List<String> ruleIds() {
			return List.of(RuleIds.CLEAR);
		}

	}

	/** The program may run. */
	record Active() implements CareStatus {

		@Override
		public List<String> ruleIds() {
			return List.of();
		}

	}

	static String emergencyReason() {
		return "Please get urgent medical care now. Your plan stays paused until you tell us a clinician has checked you.";
	}

	static String seeClinicianReason() {
		return "Please book a clinician within the next few days. Your plan is paused until you tell us they have checked you.";
	}

	/**
	 * Decides the status from the screening history (any order), the time of the latest
	 * clinician-assessed confirmation, and whether RF-CLEAR is confirmed.
	 */
	static CareStatus decide(List<RedFlagScreening> history, Optional<Instant> clinicianAssessedAt,
			boolean clearanceConfirmed) {
		if (history.isEmpty()) {
			return new NotScreened();
		}
		List<RedFlagScreening> open = history.stream()
			.filter((s) -> s.outcome().level() != TriageLevel.SELF_MANAGE)
			.filter((s) -> clinicianAssessedAt.map((at) -> !at.isAfter(s.screenedAt())).orElse(true))
			.sorted(Comparator.comparing(RedFlagScreening::screenedAt))
			.toList();
		if (!open.isEmpty()) {
			return paused(open);
		}
		return clearanceConfirmed ? new Active() : new NeedsClearance();
	}

	private static Paused paused(List<RedFlagScreening> open) {
		boolean emergency = open.stream().anyMatch((s) -> s.outcome().level() == TriageLevel.EMERGENCY);
		Set<String> ids = new LinkedHashSet<>();
		if (emergency) {
			ids.add(RuleIds.CES);
		}
		open.forEach((s) -> ids.addAll(s.outcome().ruleIds()));
		return emergency ? new Paused(TriageLevel.EMERGENCY, List.copyOf(ids), emergencyReason())
				: new Paused(TriageLevel.SEE_CLINICIAN, List.copyOf(ids), seeClinicianReason());
	}

}
