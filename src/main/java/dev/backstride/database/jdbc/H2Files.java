package dev.backstride.database.jdbc;

import java.util.Locale;

/**
 * Tells embedded H2 databases kept in a file (the default) from in-memory ones, H2 servers and other
 * databases, by their JDBC URL. Only the first kind can lose a committed write when the process dies.
 */
public final class H2Files {

	private static final String H2 = "jdbc:h2:";

	private H2Files() {
	}

	public static boolean isEmbeddedFile(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith(H2)) {
			return false;
		}
		String rest = lower.substring(H2.length());
		return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:"));
	}

}
