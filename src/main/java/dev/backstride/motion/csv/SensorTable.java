package dev.backstride.motion.csv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one sensor CSV of an export turned out to be, and the lookups the format readers share: which
 * tables are of a kind or role, and paths named in error messages, a few at most.
 */
record SensorTable(String path, Header.Kind kind, String role, @Nullable Series series) {

	/** How many paths an error message names before it only counts the rest. */
	static final int PATHS_SHOWN = 5;

	/** How much of one path an error message shows. */
	static final int PATH_CHARS = 120;

	String directory() {
		int slash = this.path.lastIndexOf('/');
		return (slash < 0) ? "" : this.path.substring(0, slash + 1);
	}

	static boolean has(List<SensorTable> tables, Header.Kind kind) {
		return tables.stream().anyMatch(t -> t.kind() == kind);
	}

	static @Nullable SensorTable onlyTable(List<SensorTable> tables, Header.Kind kind, String what)
			throws ImuFormatException {
		List<SensorTable> matching = tables.stream().filter(t -> t.kind() == kind).toList();
		if (matching.size() > 1) {
			throw new ImuFormatException("The zip holds more than one phyphox " + what + " file ("
					+ paths(matching) + "); upload one recording at a time.");
		}
		return matching.isEmpty() ? null : matching.get(0);
	}

	static @Nullable Series only(List<SensorTable> tables, String role) throws ImuFormatException {
		List<SensorTable> matching = tables.stream().filter(t -> t.role().equals(role)).toList();
		if (matching.size() > 1) {
			throw new ImuFormatException("The zip holds more than one " + role + ".csv ("
					+ paths(matching) + "); upload one recording at a time.");
		}
		return matching.isEmpty() ? null : matching.get(0).series();
	}

	static String names(List<SensorTable> tables) {
		return tables.isEmpty() ? "no sensor files" : paths(tables);
	}

	/**
	 * The first few paths and how many more: a zip of thousands of folders must not turn into an
	 * error message of megabytes.
	 */
	static String clip(String path) {
		return path.length() <= PATH_CHARS ? path : path.substring(0, PATH_CHARS - 1) + "…";
	}

	static String paths(List<SensorTable> tables) {
		int shown = Math.min(tables.size(), PATHS_SHOWN);
		String first = String.join(", ", tables.subList(0, shown).stream().map((t) -> clip(t.path())).toList());
		int more = tables.size() - shown;
		return more == 0 ? first : first + " and " + more + " more";
	}

}
