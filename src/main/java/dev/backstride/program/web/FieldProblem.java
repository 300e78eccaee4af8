package dev.backstride.program.web;

/**
 * One value of a request that cannot be taken. {@link #words()} is for people on a page; the message
 * names the JSON field for the API.
 */
final class FieldProblem extends IllegalArgumentException {

	private final String words;

	FieldProblem(String field, String words) {
		super("The field '" + field + "': " + words);
		this.words = words;
	}

	String words() {
		return this.words;
	}

	static int whole(String field, Integer value, int min, int max, String what) {
		if (value == null) {
			throw new FieldProblem(field, "give " + what + ", a whole number from " + min + " to " + max + ".");
		}
		if (value < min || value > max) {
			throw new FieldProblem(field, what + " must be a whole number from " + min + " to " + max + ", not " + value
					+ ".");
		}
		return value;
	}

}
