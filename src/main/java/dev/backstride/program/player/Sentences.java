package dev.backstride.program.player;

import java.util.regex.Pattern;

/** Advice as a runner reads it: the rule ids go behind the "why" links, not inside the sentence. */
final class Sentences {

	private static final Pattern RULE_IDS = Pattern.compile("\\s*\\((?:[A-Z]+-[A-Z0-9]+)(?:,\\s*[A-Z]+-[A-Z0-9]+)*\\)");

	private Sentences() {
	}

	static String plain(String sentence) {
		return RULE_IDS.matcher(sentence).replaceAll("");
	}

}
