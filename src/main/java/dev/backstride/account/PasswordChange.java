package dev.backstride.account;

/** What asking to change the password came to. */
public sealed interface PasswordChange {

	/** The new password is set; the account's other page sessions have ended. */
	record Changed() implements PasswordChange {
	}

	/** The current password given was not the account's: nothing changed. */
	record WrongPassword() implements PasswordChange {
	}

}
