package dev.backstride.account.security;

import java.time.Duration;

import dev.backstride.account.AttemptLimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on password guessing and sign-ups ({@code backstride.auth-limits.*}); every instance on one
 * database counts against the same limits.
 *
 * @param loginsPerAddress failed logins to one account from one client address per window
 * @param loginsPerAccount failed logins to one account from all addresses together per window, except
 * addresses from which the account logged in recently: high, so that others cannot easily lock the
 * owner out, yet bounded, so that many addresses cannot guess without end
 * @param loginsPerClient failed logins from one client address to all accounts together per window
 * @param loginWindow the window of the three login limits
 * @param knownAddressFor how long an address that logged in is spared the account-wide limit
 * @param signUpsPerClient sign-ups (made or refused) from one client address per sign-up window
 * @param signUpWindow the window of the sign-up limit
 */
@ConfigurationProperties("backstride.auth-limits")
public record AuthLimits(@DefaultValue("5") int loginsPerAddress, @DefaultValue("50") int loginsPerAccount,
		@DefaultValue("30") int loginsPerClient, @DefaultValue("15m") Duration loginWindow,
		@DefaultValue("30d") Duration knownAddressFor, @DefaultValue("10") int signUpsPerClient,
		@DefaultValue("1h") Duration signUpWindow) {

	public static final AuthLimits DEFAULTS = new AuthLimits(5, 50, 30, Duration.ofMinutes(15), Duration.ofDays(30),
			10, Duration.ofHours(1));

	AttemptLimit perAddress() {
		return new AttemptLimit(this.loginsPerAddress, this.loginWindow);
	}

	AttemptLimit perAccount() {
		return new AttemptLimit(this.loginsPerAccount, this.loginWindow);
	}

	AttemptLimit perClient() {
		return new AttemptLimit(this.loginsPerClient, this.loginWindow);
	}

	AttemptLimit signUps() {
		return new AttemptLimit(this.signUpsPerClient, this.signUpWindow);
	}

	/** The longest time any limit looks back on attempts (known-address marks aside). */
	Duration longestWindow() {
		return this.loginWindow.compareTo(this.signUpWindow) >= 0 ? this.loginWindow : this.signUpWindow;
	}

}
