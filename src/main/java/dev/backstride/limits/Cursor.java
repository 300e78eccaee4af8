package dev.backstride.limits;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a page of a list ended: the sort key of its last row (for example its time in microseconds
 * and its id), handed to clients as an opaque token. Each list reads the next page with rows strictly
 * after this key, so rows added or removed meanwhile never make a page repeat or skip a row. A token
 * says nothing about whose list it came from: every list query is scoped by its owner, so a token
 * from one runner used by another only positions the other runner's own list.
 */
public record Cursor(List<Long> keys) {

	private static final String VERSION = "k1";

	private static final int MAX_TOKEN = 200;

	public Cursor {
		if (keys.isEmpty() || keys.size() > 4) {
			throw new IllegalArgumentException("a cursor has one to four keys");
		}
		keys = List.copyOf(keys);
	}

	public static Cursor of(long... keys) {
		List<Long> list = new ArrayList<>();
		for (long key : keys) {
			list.add(key);
		}
		return new Cursor(list);
	}

	/** An instant as whole microseconds since the epoch: the precision both databases keep. */
	public static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
	}

	public static Instant instant(long micros) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
	}

	public long key(int index) {
		return this.keys.get(index);
	}

	/** The opaque token for this cursor, safe in a URL. */
	public String token() {
		StringBuilder text = new StringBuilder(VERSION);
		this.keys.forEach((key) -> text.append('.').append(key));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Reads a token made by {@link #token()} for a list whose key has {@code size} parts.
	 * @throws IllegalArgumentException with a sentence for the client when it is not such a token
	 */
	public static Cursor parse(String token, int size) {
		IllegalArgumentException invalid = new IllegalArgumentException(
				"The cursor is not one this list gave out. Leave it out to start again from the newest.");
		if (token.isEmpty() || token.length() > MAX_TOKEN) {
			throw invalid;
		}
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException ex) {
			throw invalid;
		}
		String[] parts = text.split("\\.", -1);
		if (parts.length != size + 1 || !parts[0].equals(VERSION)) {
			throw invalid;
		}
		List<Long> keys = new ArrayList<>();
		for (int i = 1; i < parts.length; i++) {
			try {
				keys.add(Long.parseLong(parts[i]));
			}
			catch (NumberFormatException ex) {
				throw invalid;
			}
		}
		return new Cursor(keys);
	}

}
