package dev.backstride.account;

/** What asking to delete an account came to: deleted with everything in it, or nothing done. */
public sealed interface Deletion {

	/** The account and every row of the runner's data are gone; {@code email} may sign up again. */
	record Deleted(Email email) implements Deletion {
	}

	/** The password given was not the account's: nothing was deleted. */
	record WrongPassword() implements Deletion {
	}

}
