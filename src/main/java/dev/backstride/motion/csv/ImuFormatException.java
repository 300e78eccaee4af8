package dev.backstride.motion.csv;

/**
 * Internal signal that a file cannot be used; turned into {@link ImuReadResult.Unreadable} at the
 * entry point so that callers never see it.
 */
final class ImuFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	ImuFormatException(String message) {
		super(message, null, false, false);
	}

}
