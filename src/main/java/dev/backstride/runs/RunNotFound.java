package dev.backstride.runs;

/** No run with this number belongs to the runner who asked (it may belong to someone else). */
public class RunNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RunNotFound(long id) {
		super("No run " + id + ".");
	}

}
