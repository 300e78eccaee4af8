package dev.backstride.account.security;

import dev.backstride.account.Accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the JSON API under {@code /api/**} takes personal access tokens and no session (so no
 * CSRF token is needed there), and the pages use a session cookie, a login form and CSRF tokens on
 * every form.
 */
@Configuration
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
		var entryPoint = new ProblemEntryPoint();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/api/v1/signup").permitAll().anyRequest().authenticated())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
			.addFilterBefore(new BearerTokenFilter(accounts, entryPoint), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, SecurityContextRepository contexts)
			throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/", "/login", "/signup", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/error", "/v3/api-docs/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.securityContext(c -> c.securityContextRepository(contexts))
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** Feeds the login throttle from Spring Security's own authentication events. */
	@Configuration
	static class ThrottleEvents {

		private final LoginThrottle throttle;

		ThrottleEvents(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@EventListener
		void onFailure(AbstractAuthenticationFailureEvent event) {
			String client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d
					? d.getRemoteAddress() : "";
			this.throttle.failed(String.valueOf(event.getAuthentication().getPrincipal()), client);
		}

		@EventListener
		void onSuccess(AuthenticationSuccessEvent event) {
			if (event.getAuthentication().getPrincipal() instanceof RunnerUser user) {
				this.throttle.succeeded(user.getUsername());
			}
		}

	}

}
