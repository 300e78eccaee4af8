package dev.backstride.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.backstride.checkin.PainMonitoring.Finding;
import dev.backstride.checkin.PainMonitoring.Severity;
import dev.backstride.screening.CareStatus;
import dev.backstride.screening.RuleIds;

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

	private RunCall() {
	}

	public static TodaysCall decide(CareStatus status, Optional<CheckIn> latest, boolean screenedSinceLatest,
			LocalDate today) {
		return switch (status) {
			case CareStatus.NotScreened notScreened -> new TodaysCall.Paused(notScreened.ruleIds(),
					List.of("Please answer the safety questions first, so we know running is a sensible plan (RF-SCREEN)."));
			case CareStatus.NeedsClearance needsClearance -> new TodaysCall.Paused(needsClearance.ruleIds(), List.of(
					"Please confirm that you have been advised to check with a doctor before starting exercise (RF-CLEAR)."));
			case CareStatus.Paused paused -> new TodaysCall.Paused(paused.ruleIds(), List.of(paused.reason()));
			case CareStatus.Active active -> decideActive(latest, screenedSinceLatest, today);
		};
	}

	private static TodaysCall decideActive(Optional<CheckIn> latest, boolean screenedSinceLatest, LocalDate today) {
		if (latest.isEmpty()) {
			return new TodaysCall.Modify(List.of(PainMonitoring.RULE), List.of(
					"No check-in yet: start with a shorter, easy run and tell us how it felt (PM-RULE)."));
		}
		CheckIn checkIn = latest.get();
		if (checkIn.newOrChangedSymptoms() && !screenedSinceLatest) {
			return new TodaysCall.Paused(List.of(RuleIds.SCREEN), List.of(
					"You told us about new or changed symptoms: please answer the safety questions again (RF-SCREEN)."));
		}
		List<Finding> findings = new ArrayList<>(PainMonitoring.assess(checkIn));
		if (checkIn.date().isBefore(today.minusDays(1))) {
			findings.add(new Finding(Severity.MODIFY, PainMonitoring.RULE, "Your last check-in was on " + checkIn.date()
					+ "; keep it easy until you tell us how your back is today (PM-RULE)."));
		}
		return fromFindings(checkIn, findings);
	}

	private static TodaysCall fromFindings(CheckIn checkIn, List<Finding> findings) {
		Severity severity = findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.GO);
		List<String> ruleIds = List.copyOf(new LinkedHashSet<>(findings.stream().map(Finding::ruleId).toList()));
		List<String> reasons = findings.stream().map(Finding::reason).toList();
		return switch (severity) {
			case STOP -> new TodaysCall.Stop(ruleIds, reasons);
			case MODIFY -> new TodaysCall.Modify(ruleIds, reasons);
			case GO -> new TodaysCall.Go(List.of(PainMonitoring.RULE), List.of(goReason(checkIn)));
		};
	}

	private static String goReason(CheckIn checkIn) {
		return checkIn.lastRun()
			.map((run) -> "Pain during your last run was " + run.painDuringRun()
					+ " and the next morning felt the same or better (PM-RULE).")
			.orElse("No run reported, and your worst pain in the last 24 hours was " + checkIn.worstPain24h()
					+ ", within the 3/10 for a full run (PM-RULE).");
	}

}
