package dev.backstride.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.jdbc.JdbcAccountStore;
import dev.backstride.limits.Cursor;
import dev.backstride.limits.Page;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.QuotaExceeded;
import dev.backstride.limits.Quotas;

import dev.backstride.account.security.RunnerUser;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: sign-up, profile and personal access tokens. Other modules identify a
 * runner by {@link AccountId} only.
 */
@Service
public class Accounts {

	private final JdbcAccountStore store;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final Quotas quotas;

	public Accounts(JdbcAccountStore store, PasswordEncoder passwords, Clock clock, Quotas quotas) {
		this.store = store;
		this.passwords = passwords;
		this.clock = clock;
		this.quotas = quotas;
	}

	@Transactional
	public SignUpResult signUp(Email email, Password password) {
		return this.store.insert(email, this.passwords.encode(password.value()), this.clock.instant())
			.<SignUpResult>map(SignUpResult.Created::new)
			.orElseGet(() -> new SignUpResult.EmailTaken(email));
	}

	public Optional<Account> find(AccountId id) {
		return this.store.find(id);
	}

	public Profile profile(AccountId owner) {
		return this.store.profile(owner);
	}

	@Transactional
	public void updateProfile(AccountId owner, Profile profile) {
		this.store.saveProfile(owner, profile, this.clock.instant());
	}

	/** Saves the profile and the units its distances are read in. */
	@Transactional
	public void updateProfile(AccountId owner, Profile profile, Units units) {
		this.store.saveProfile(owner, profile, this.clock.instant());
		this.store.saveUnits(owner, units);
	}

	/** Whether this is the runner's current password (asked again before the sign-in address changes). */
	public boolean passwordMatches(AccountId owner, String raw) {
		return raw != null && raw.length() <= 1000 && this.store.find(owner)
			.flatMap((account) -> this.store.credentials(account.email()))
			.filter((credentials) -> this.passwords.matches(raw, credentials.passwordHash()))
			.isPresent();
	}

	/** The runner signed in on the current request (page session or token), if any. */
	public Optional<AccountId> signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof RunnerUser user
				? Optional.of(user.accountId()) : Optional.empty();
	}

	/** The units the runner reads distances in (kilometres until chosen). */
	public Units units(AccountId owner) {
		return this.store.units(owner);
	}

	@Transactional
	public IssuedToken issueToken(AccountId owner, String name) {
		String cleanName = name == null || name.isBlank() ? "API token" : name.strip();
		if (!PlainText.singleLine(cleanName)) {
			throw new IllegalArgumentException("A token name cannot contain control characters such as line breaks"
					+ " or NUL; use letters, digits, spaces and punctuation.");
		}
		if (cleanName.length() > 100) {
			throw new IllegalArgumentException("A token name has at most 100 characters.");
		}
		holdForWrites(owner);
		QuotaExceeded.checkTotal(this.store.activeTokens(owner), this.quotas.activeTokens(), "active access tokens",
				"Revoke a token you no longer use, then create a new one.");
		String secret = TokenSecrets.newSecret();
		AccessToken token = this.store.insertToken(owner, cleanName, TokenSecrets.hash(secret), this.clock.instant());
		return new IssuedToken(token, secret);
	}

	public List<AccessToken> tokens(AccountId owner) {
		return this.store.tokens(owner);
	}

	/** A page of the owner's tokens, newest first. */
	@Transactional(readOnly = true)
	public Page<AccessToken> tokens(AccountId owner, PageRequest page) {
		return Page.of(this.store.tokens(owner, page), page, Accounts::key);
	}

	/** Where a page that ends with this token ends: its time and id. */
	public static Cursor key(AccessToken token) {
		return Cursor.of(Cursor.micros(token.createdAt()), token.id());
	}

	/**
	 * Makes writes of one account that count against its {@link Quotas} take turns: the caller's
	 * transaction holds the account until it ends, so what it counts next cannot change under it. Call
	 * inside a transaction, before counting.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void holdForWrites(AccountId owner) {
		this.store.lockForWrites(owner);
	}

	/** Revokes one of the owner's tokens; false when the owner has no such active token. */
	@Transactional
	public boolean revokeToken(AccountId owner, long tokenId) {
		return this.store.revokeToken(owner, tokenId, this.clock.instant());
	}

	@Transactional
	public Optional<Account> authenticateToken(String secret) {
		if (secret == null || !secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return this.store.useToken(TokenSecrets.hash(secret), this.clock.instant());
	}

}
