package dev.backstride;

import java.util.UUID;

import dev.backstride.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts bare account rows for store tests, so that foreign keys hold. */
public final class TestAccounts {

	private TestAccounts() {
	}

	public static AccountId create(JdbcClient jdbc) {
		String email = UUID.randomUUID() + "@example.org";
		jdbc.sql("insert into account (email, password_hash, created_at) values (?, 'x', current_timestamp)")
			.param(email)
			.update();
		return new AccountId(jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single());
	}

}
