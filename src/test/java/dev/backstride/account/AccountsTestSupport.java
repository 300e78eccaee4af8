package dev.backstride.account;

import java.time.Clock;

import dev.backstride.account.jdbc.JdbcAccountStore;
import dev.backstride.limits.Quotas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** An {@link Accounts} over plain JDBC for tests of other modules. */
public final class AccountsTestSupport {

	private AccountsTestSupport() {
	}

	public static Accounts accounts(JdbcClient jdbc, Clock clock, Quotas quotas) {
		return new Accounts(new JdbcAccountStore(jdbc), new BCryptPasswordEncoder(4), clock, quotas);
	}

}
