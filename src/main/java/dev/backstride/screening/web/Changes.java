package dev.backstride.screening.web;

import dev.backstride.screening.Change;

/** How a meaningful-change verdict reads on a page. */
final class Changes {

	private Changes() {
	}

	static String label(Change change) {
		return switch (change) {
			case MEANINGFUL_IMPROVEMENT -> "better";
			case MEANINGFUL_WORSENING -> "worse";
			case NO_MEANINGFUL_CHANGE -> "no real change";
		};
	}

}
