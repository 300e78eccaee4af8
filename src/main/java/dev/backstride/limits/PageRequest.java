package dev.backstride.limits;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a newest-first list to read: at most {@code limit} rows, after {@code after} (or
 * from the newest row when empty).
 */
public record PageRequest(int limit, Optional<Cursor> after) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 200;

	public PageRequest {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit 1-" + MAX_LIMIT + ": " + limit);
		}
	}

	public static PageRequest first(int limit) {
		return new PageRequest(limit, Optional.empty());
	}

	/**
	 * The page a client asked for with the query parameters {@code limit} and {@code cursor}, as sent.
	 * @param keySize how many parts the list's sort key has
	 * @throws IllegalArgumentException with a sentence for the client when either is not usable
	 */
	public static PageRequest parse(@Nullable String limit, @Nullable String cursor, int keySize) {
		int size = DEFAULT_LIMIT;
		if (limit != null) {
			try {
				size = Integer.parseInt(limit.strip());
			}
			catch (NumberFormatException ex) {
				size = -1;
			}
			if (size < 1 || size > MAX_LIMIT) {
				throw new IllegalArgumentException(
						"The limit must be a whole number from 1 to " + MAX_LIMIT + " (rows per page).");
			}
		}
		Optional<Cursor> after = (cursor == null) ? Optional.empty() : Optional.of(Cursor.parse(cursor, keySize));
		return new PageRequest(size, after);
	}

	/** One more than the limit: reading it tells whether another page follows. */
	public int fetchSize() {
		return this.limit + 1;
	}

}
