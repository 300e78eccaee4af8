package dev.backstride.account.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.backstride.account.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored replies of POSTs sent with an Idempotency-Key, one per account and key. */
@Repository
public class JdbcIdempotentPosts {

	/** A reply as first sent: the address it answered, its status and its JSON body. */
	public record Reply(String path, int status, String body) {
	}

	private final JdbcClient jdbc;

	public JdbcIdempotentPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Reply> find(AccountId account, String key) {
		return this.jdbc.sql("select path, status, body from idempotent_post where account_id = ? and idempotency_key = ?")
			.params(account.value(), key)
			.query((rs, n) -> new Reply(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/** Fails with a duplicate-key error when the key is already stored (another request got there first). */
	public void save(AccountId account, String key, Reply reply, Instant at) {
		this.jdbc.sql("insert into idempotent_post (account_id, idempotency_key, path, status, body, recorded_at)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(account.value(), key, reply.path(), reply.status(), reply.body(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
