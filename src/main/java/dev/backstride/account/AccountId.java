package dev.backstride.account;

/** The one key that every runner's data is scoped by. */
public record AccountId(long value) {

	public AccountId {
		if (value <= 0) {
			throw new IllegalArgumentException("account id must be positive: " + value);
		}
	}

}
