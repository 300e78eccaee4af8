package dev.backstride.account.security;

import java.time.Duration;

import dev.backstride.account.Accounts;
import dev.backstride.account.jdbc.JdbcAccountStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
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

	/** The one API address open without a token. */
	static final String PUBLIC_API = "/api/v1/signup";

	@Bean
	PasswordEncoder passwordEncoder() {
		return Passwords.encoder();
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
			.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll().anyRequest().authenticated())
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
			.headers(h -> h.httpStrictTransportSecurity(SecurityConfiguration::hsts))
			.addFilterBefore(new BearerTokenFilter(accounts, entryPoint), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, SecurityContextRepository contexts,
			JdbcAccountStore store) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/", "/login", "/signup", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/rules", "/rules/**", "/error", "/v3/api-docs/**", "/password-reset", "/password-reset/new",
					"/account/email/confirm", "/calendar/*.ics",
					"/sw.js", "/manifest.webmanifest", "/offline.html", "/icons/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.securityContext(c -> c.securityContextRepository(contexts))
			// on failure only a redirect: the default handler also keeps the exception in the session,
			// a write to the shared session table that parallel failures of one session collide on
			.formLogin(f -> f.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath() + "/login?error")))
			// Spring Session expires the session cookie itself when the session is invalidated
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(SecurityConfiguration::hsts))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new DeletedAccountFilter(store), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * HSTS on every response that came over HTTPS (directly, or through a trusted proxy that says so in
	 * {@code X-Forwarded-Proto}); never over plain HTTP, where browsers ignore it anyway. Not for
	 * subdomains: the host an instance runs on does not speak for its neighbours.
	 */
	private static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
		hsts.includeSubDomains(false).maxAgeInSeconds(Duration.ofDays(365).toSeconds());
	}

	/** Tells the login throttle about successful logins (failures were counted when reserved). */
	@Configuration
	static class ThrottleEvents {

		private final LoginThrottle throttle;

		ThrottleEvents(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@EventListener
		void onSuccess(AuthenticationSuccessEvent event) {
			if (event.getAuthentication().getPrincipal() instanceof RunnerUser user
					&& event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
				this.throttle.succeeded(user.getUsername(), details.getRemoteAddress());
			}
		}

	}

}
