package dev.backstride.account;

/** Whether a text a runner chose can be stored and shown as typed. */
final class PlainText {

	private PlainText() {
	}

	/** No control characters at all (a NUL cannot be stored in PostgreSQL) and no unpaired surrogates. */
	static boolean singleLine(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
				return false;
			}
		}
		return true;
	}

}
