package dev.backstride.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.RuleIds;
import dev.backstride.screening.TriageLevel;

/**
 * Decides today's call from the care status and the latest check-in (PROTOCOL §2 and §6). Screening
 * comes first: anything but an active plan gives {@link TodaysCall.Paused}. Otherwise the most severe
 * finding of {@link PainMonitoring} wins and every finding's reason is listed.
 *
 * <p>
 * Safe choices where the protocol is silent:
 * <ul>
 * <li>No check-in yet: modify, not go, since nothing tells us how the back is.</li>
 * <li>A latest check-in older than yesterday still counts (a stop stays a stop until a new
 * check-in), but the call is at least modify, asking for a fresh check-in.</li>
 * <li>New or changed symptoms pause the call ({@code RF-SCREEN}) until the danger-sign questions are
 * answered again after the check-in was recorded (a screening earlier the same day does not count).</li>
 * </ul>
 */
public final class RunCall {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private RunCall() {
	}

	public static TodaysCall decide(CareStatus status, Optional<CheckIn> latest, boolean screenedSinceLatest,
			LocalDate today) {
		return switch (status) {
			case CareStatus.NotScreened notScreened -> TodaysCall.paused(notScreened.ruleIds(), List.of(new Reason(
					RuleIds.SCREEN, "Please answer the safety questions first, so we know running is a sensible plan.")));
			case CareStatus.NeedsClearance needsClearance -> TodaysCall.paused(needsClearance.ruleIds(),
					List.of(new Reason(RuleIds.CLEAR,
							"Please confirm that you have been advised to check with a doctor before starting exercise.")));
			case CareStatus.Paused paused -> TodaysCall.paused(paused.ruleIds(), List.of(new Reason(
					paused.level() == TriageLevel.EMERGENCY ? RuleIds.CES : RuleIds.SEE, paused.reason())));
			case CareStatus.Active active -> decideActive(latest, screenedSinceLatest, today);
		};
	}

	private static TodaysCall decideActive(Optional<CheckIn> latest, boolean screenedSinceLatest, LocalDate today) {
		if (latest.isEmpty()) {
			return TodaysCall.modify(List.of(new Reason(PainMonitoring.RULE,
					"No check-in yet: start with a shorter, easy run and tell us how it felt.")));
		}
		CheckIn checkIn = latest.get();
		if (checkIn.newOrChangedSymptoms() && !screenedSinceLatest) {
			return TodaysCall.paused(List.of(RuleIds.SCREEN), List.of(new Reason(RuleIds.SCREEN,
					"You told us about new or changed symptoms: please answer the safety questions again.")));
		}
		List<Finding> findings = new ArrayList<>(PainMonitoring.assess(checkIn));
		if (checkIn.date().isBefore(today.minusDays(1))) {
			findings.add(new Finding(Severity.MODIFY, PainMonitoring.RULE, "Your last check-in was on " + DAY.format(checkIn.date())
					+ "; keep it easy until you tell us how your back is today."));
		}
		return fromFindings(checkIn, findings);
	}

	private static TodaysCall fromFindings(CheckIn checkIn, List<Finding> findings) {
		Severity severity = findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.GO);
		List<Reason> reasons = findings.stream().map((f) -> new Reason(f.ruleId(), f.reason())).toList();
		return switch (severity) {
			case STOP -> TodaysCall.stop(reasons);
			case MODIFY -> TodaysCall.modify(reasons);
			case GO -> TodaysCall.go(List.of(new Reason(PainMonitoring.RULE, goReason(checkIn))));
		};
	}

	private static String goReason(CheckIn checkIn) {
		return checkIn.lastRun()
			.map((run) -> "Pain during your last run was " + run.painDuringRun()
					+ " and the next morning felt the same or better.")
			.orElse("No run reported, and your worst pain in the last 24 hours was " + checkIn.worstPain24h()
					+ ", within the 3/10 for a full run.");
	}

}
