package dev.backstride.account;

/** What came of following a link sent by mail. */
public sealed interface MailLinkOutcome {

	/** The link worked: the password or the address is changed. */
	record Done(AccountId owner) implements MailLinkOutcome {
	}

	/** Unknown, already used or expired: all look the same to the person following it. */
	record NotValid() implements MailLinkOutcome {
	}

	/** The new address belongs to another account by now. */
	record AddressTaken(Email email) implements MailLinkOutcome {
	}

}
