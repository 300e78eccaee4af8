package dev.backstride.account.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login and sign-up attempts in the shared database. Work done inside {@link #underLock} holds the row
 * lock of its kind, so that instances sharing the database count and reserve one after another: the
 * lock is held for a few small indexed queries, never while a password is hashed.
 */
@Repository
public class JdbcAuthAttempts {

	/** How many attempts a window holds, and when the oldest of them was made (null when none). */
	public record Window(long count, Instant oldest) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	public JdbcAuthAttempts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Runs {@code work} in one transaction that first locks the row of {@code kind} ("login" or "signup"). */
	public <T> T underLock(String kind, Supplier<T> work) {
		return this.transactions.execute(status -> {
			// an update rather than "select ... for update": it locks the row on H2 and PostgreSQL alike
			// and takes the write lock on databases without row locks (SQLite)
			if (this.jdbc.sql("update auth_lock set name = name where name = ?").param(kind).update() != 1) {
				throw new IllegalStateException("no lock row for " + kind + " (migration V21 adds them)");
			}
			return work.get();
		});
	}

	/** Attempts of {@code kind} made after {@code after}, for an account key, a client key, or both (null = any). */
	public Window count(String kind, String accountKey, String clientKey, Instant after) {
		StringBuilder sql = new StringBuilder(
				"select count(*), min(attempted_at) from auth_attempt where kind = :kind and attempted_at > :after");
		if (accountKey != null) {
			sql.append(" and account_key = :account");
		}
		if (clientKey != null) {
			sql.append(" and client_key = :client");
		}
		var query = this.jdbc.sql(sql.toString()).param("kind", kind).param("after", JdbcAccountStore.utc(after));
		if (accountKey != null) {
			query = query.param("account", accountKey);
		}
		if (clientKey != null) {
			query = query.param("client", clientKey);
		}
		return query.query((rs, n) -> {
			OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
			return new Window(rs.getLong(1), oldest == null ? null : oldest.toInstant());
		}).single();
	}

	public void record(String kind, String accountKey, String clientKey, Instant at) {
		this.jdbc.sql("""
				insert into auth_attempt (kind, account_key, client_key, attempted_at)
				values (:kind, :account, :client, :at)""")
			.param("kind", kind)
			.param("account", accountKey)
			.param("client", clientKey)
			.param("at", JdbcAccountStore.utc(at))
			.update();
	}

	/** Removes the attempts of one kind for one account from one client address. */
	public void forget(String kind, String accountKey, String clientKey) {
		this.jdbc.sql("delete from auth_attempt where kind = ? and account_key = ? and client_key = ?")
			.params(kind, accountKey, clientKey)
			.update();
	}

	/** Removes every attempt and known-address mark of one account, of any kind. */
	public void forgetAccount(String accountKey) {
		this.jdbc.sql("delete from auth_attempt where account_key = ?").param(accountKey).update();
	}

	/**
	 * Deletes what no limit looks at any more: attempts made before {@code attemptsBefore} and
	 * known-address marks made before {@code knownBefore}. Returns the number of rows deleted.
	 */
	public int purge(Instant attemptsBefore, Instant knownBefore) {
		return this.jdbc.sql("""
				delete from auth_attempt
				where (kind <> 'known' and attempted_at < :attempts) or (kind = 'known' and attempted_at < :known)""")
			.param("attempts", JdbcAccountStore.utc(attemptsBefore))
			.param("known", JdbcAccountStore.utc(knownBefore))
			.update();
	}

}
