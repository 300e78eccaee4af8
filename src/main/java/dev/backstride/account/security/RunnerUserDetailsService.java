package dev.backstride.account.security;

import dev.backstride.account.Email;
import dev.backstride.account.jdbc.JdbcAccountStore;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class RunnerUserDetailsService implements UserDetailsService {

	private final JdbcAccountStore store;

	RunnerUserDetailsService(JdbcAccountStore store) {
		this.store = store;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Email email;
		try {
			email = new Email(username);
		}
		catch (IllegalArgumentException ex) {
			throw new UsernameNotFoundException("not an email address");
		}
		return this.store.credentials(email)
			.map(c -> new RunnerUser(c.id(), c.email().value(), c.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
