package dev.backstride.limits;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a newest-first list, and the cursor of the next page when there is one.
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The page from rows read with {@link PageRequest#fetchSize()}: the extra row, when present, only
	 * shows that a next page exists, which starts after the last row kept.
	 */
	public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> key) {
		if (fetched.size() <= request.limit()) {
			return new Page<>(fetched, Optional.empty());
		}
		List<T> kept = fetched.subList(0, request.limit());
		return new Page<>(kept, Optional.of(key.apply(kept.get(kept.size() - 1))));
	}

	/**
	 * The value of an RFC 8288 {@code Link} header naming the next page of the list at {@code path}
	 * (an absolute path, without query), keeping the page size; empty on the last page.
	 */
	public Optional<String> nextLink(String path, PageRequest request) {
		return this.next.map((cursor) -> "<" + path + "?"
				+ (request.limit() == PageRequest.DEFAULT_LIMIT ? "" : "limit=" + request.limit() + "&") + "cursor="
				+ cursor.token() + ">; rel=\"next\"");
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.next);
	}

}
