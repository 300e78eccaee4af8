package dev.backstride.account;

/** What signing up led to. */
public sealed interface SignUpResult {

	record Created(Account account) implements SignUpResult {
	}

	record EmailTaken(Email email) implements SignUpResult {
	}

}
