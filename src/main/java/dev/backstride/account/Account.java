package dev.backstride.account;

import java.time.Instant;

/** A runner's account: who they are, never their password. */
public record Account(AccountId id, Email email, Instant createdAt) {
}
