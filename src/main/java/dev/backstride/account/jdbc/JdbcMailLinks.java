package dev.backstride.account.jdbc;

import java.time.Instant;
import java.util.Optional;

import dev.backstride.account.AccountId;
import dev.backstride.account.Email;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-use links sent by mail: the hash of each link's secret, what it is for, until when it works and
 * whether it was used. A link is used at most once: the update that marks it used is what counts.
 */
@Repository
public class JdbcMailLinks {

	/** What a link is for; stored as its name. */
	public enum Purpose {

		RESET, EMAIL

	}

	/** A link that was valid and is now used: whose it was, and the new address for an email change. */
	public record Used(AccountId owner, Optional<Email> newEmail) {
	}

	private final JdbcClient jdbc;

	public JdbcMailLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AccountId owner, Purpose purpose, String tokenHash, Optional<Email> newEmail, Instant now,
			Instant expires) {
		this.jdbc.sql("""
				insert into mail_link (account_id, purpose, token_hash, new_email, created_at, expires_at)
				values (:owner, :purpose, :hash, :email, :now, :expires)""")
			.param("owner", owner.value())
			.param("purpose", purpose.name())
			.param("hash", tokenHash)
			.param("email", newEmail.map(Email::value).orElse(null))
			.param("now", JdbcAccountStore.utc(now))
			.param("expires", JdbcAccountStore.utc(expires))
			.update();
	}

	/** Whether a link with this hash and purpose would work now, without using it. */
	public boolean usable(Purpose purpose, String tokenHash, Instant now) {
		return this.jdbc.sql("""
				select count(*) from mail_link
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", tokenHash)
			.param("purpose", purpose.name())
			.param("now", JdbcAccountStore.utc(now))
			.query(Long.class)
			.single() > 0;
	}

	/** The new address of a link that would work now, without using it. */
	public Optional<Email> newEmail(Purpose purpose, String tokenHash, Instant now) {
		return this.jdbc.sql("""
				select new_email from mail_link where token_hash = :hash and purpose = :purpose
				and used_at is null and expires_at > :now and new_email is not null""")
			.param("hash", tokenHash)
			.param("purpose", purpose.name())
			.param("now", JdbcAccountStore.utc(now))
			.query(String.class)
			.optional()
			.map(Email::new);
	}

	/** Uses the link if it exists, has this purpose, is unused and has not expired; empty otherwise. */
	public Optional<Used> use(Purpose purpose, String tokenHash, Instant now) {
		int marked = this.jdbc.sql("""
				update mail_link set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", tokenHash)
			.param("purpose", purpose.name())
			.param("now", JdbcAccountStore.utc(now))
			.update();
		if (marked != 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("select account_id, new_email from mail_link where token_hash = ?")
			.param(tokenHash)
			.query((rs, n) -> new Used(new AccountId(rs.getLong(1)),
					Optional.ofNullable(rs.getString(2)).map(Email::new)))
			.optional();
	}

	/** Marks every unused link of the owner for this purpose as used: one reset ends the others. */
	public void useAll(AccountId owner, Purpose purpose, Instant now) {
		this.jdbc.sql("update mail_link set used_at = :now where account_id = :owner and purpose = :purpose and used_at is null")
			.param("now", JdbcAccountStore.utc(now))
			.param("owner", owner.value())
			.param("purpose", purpose.name())
			.update();
	}

}
