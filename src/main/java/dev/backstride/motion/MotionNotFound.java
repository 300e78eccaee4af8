package dev.backstride.motion;

/** No measurement with this number belongs to the runner who asked (it may belong to someone else). */
public class MotionNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MotionNotFound(long id) {
		super("No pelvis measurement " + id + ".");
	}

}
