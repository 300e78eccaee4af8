package dev.backstride.program.web;

import java.util.Map;

import dev.backstride.program.Contributor;

/** Names runners read for the protocol's ids, for the pages. */
final class Words {

	private Words() {
	}

	static final Map<String, String> CONTRIBUTORS = Map.of("C-HAM", "Tight hamstrings", "C-CORE",
			"Weak stomach and buttock muscles", "C-PELVIS", "Pelvis dropping or tilting while running");

	/**
	 * What a test found, as its results list names it: the contributor, except that the hip flexor test
	 * finds tight hip flexors, the part of a weak core it can see (PROTOCOL §4).
	 */
	static String found(Contributor contributor) {
		if ("T-HIPFLEX".equals(contributor.foundBy()) && "C-CORE".equals(contributor.id())) {
			return "Tight hip flexors (part of weak stomach and buttock muscles)";
		}
		return CONTRIBUTORS.getOrDefault(contributor.id(), contributor.id());
	}

	static final Map<String, String> TESTS = Map.of("T-HAM", "Leg raise test", "T-CORE", "Plank test", "T-HIPFLEX",
			"Hip flexor test", "T-PELVIS", "Pelvis measurement");

	static final Map<String, String> RULES = Map.of("P-START", "Starting dose", "P-UP", "Stepped up", "P-TOP",
			"Top of the range", "P-DOWN", "Stepped back");

	/** Each test page's address part and the test id. */
	static final Map<String, String> TEST_PAGES = ordered("leg-raise", "T-HAM", "plank", "T-CORE", "hip-flexor",
			"T-HIPFLEX");

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
