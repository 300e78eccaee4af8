package dev.backstride.insight;

/**
 * When numbers are too few to mean much, for the sentences that read the charts. An average of
 * fewer than {@link #ENOUGH} values (runs on one surface, days of check-ins) is too few: a single
 * bad day moves it by a point or more on the 0–10 scale. Two function scores are enough to compare,
 * since each is a whole questionnaire taken weeks apart and the meaningful-change threshold of
 * PROTOCOL §3 is built for comparing two of them.
 */
public final class Evidence {

	/** The fewest values an average needs before a sentence reads it as meaning something. */
	public static final int ENOUGH = 5;

	private Evidence() {
	}

	public static boolean tooFew(long count) {
		return count < ENOUGH;
	}

}
