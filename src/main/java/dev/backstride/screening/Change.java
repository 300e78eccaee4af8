package dev.backstride.screening;

/** Whether a measure moved by at least its meaningful-change threshold, and which way. */
public enum Change {

	MEANINGFUL_IMPROVEMENT("better"), NO_MEANINGFUL_CHANGE("no real change"), MEANINGFUL_WORSENING("worse");

	private final String label;

	Change(String label) {
		this.label = label;
	}

	/** How the verdict reads on a page: "better", "worse" or "no real change". */
	public String label() {
		return this.label;
	}

}
