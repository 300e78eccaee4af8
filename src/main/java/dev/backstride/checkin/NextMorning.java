package dev.backstride.checkin;

/**
 * How the back felt the morning after a run day, against the runner's usual level. {@code WORSE} is
 * the protocol's "clearly worse" (stop); {@code SLIGHTLY_WORSE} means modify (PM-RULE).
 */
public enum NextMorning {

	BETTER, SAME, SLIGHTLY_WORSE, WORSE

}
