package dev.backstride.rules;

import java.util.List;

/** One file of {@code docs/rules/}: a section of the protocol with its introduction and its rules. */
public record Section(String title, List<String> introduction, List<Rule> rules) {

	public Section {
		introduction = List.copyOf(introduction);
		rules = List.copyOf(rules);
	}

}
