package dev.backstride.program;

import java.time.LocalDate;

/**
 * One step along a ladder: the day of the session that caused it, the exercise, the steps (from 1),
 * the rule ({@code P-UP}, {@code P-TOP} or {@code P-DOWN}) and the reason in words.
 */
public record DoseChange(LocalDate date, Exercise exercise, int fromStep, int toStep, String ruleId, String reason) {

}
