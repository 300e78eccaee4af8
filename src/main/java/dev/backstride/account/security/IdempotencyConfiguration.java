package dev.backstride.account.security;

import java.time.Clock;

import dev.backstride.account.jdbc.JdbcIdempotentPosts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@link IdempotentPosts} on the addresses that store a session or a run, for the pages (the player's
 * outbox) and the API alike; after the security filters, so it knows the runner.
 */
@Configuration
class IdempotencyConfiguration {

	static final String[] GUARDED = { "/program/sessions", "/runs/log", "/api/v1/sessions", "/api/v1/runs" };

	@Bean
	FilterRegistrationBean<IdempotentPosts> idempotentPosts(JdbcIdempotentPosts replies,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
		var registration = new FilterRegistrationBean<>(
				new IdempotentPosts(replies, transactions, clock.getIfAvailable(Clock::systemUTC)));
		registration.addUrlPatterns(GUARDED);
		// the security filters run at -100: this one comes after them
		registration.setOrder(0);
		return registration;
	}

}
