package dev.backstride.database.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The administration endpoints under {@code /admin/**} check the administrator's token themselves
 * ({@link BackupController}): no runner login, no session, no CSRF token (nothing here reads a cookie).
 */
@Configuration
class AdminSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain admin(HttpSecurity http) throws Exception {
		http.securityMatcher("/admin/**")
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable());
		return http.build();
	}

}
