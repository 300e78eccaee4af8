package dev.backstride.account.security;

import dev.backstride.account.AdminSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The third door, for whoever runs the server: {@code /actuator/**}. The probes
 * ({@code /actuator/health}, {@code …/liveness}, {@code …/readiness}) answer anyone with the status
 * alone; the health details and the metrics need the admin token ({@link AdminSettings}). Like the
 * API it is stateless: a runner's session or access token opens nothing here.
 */
@Configuration
class OperationsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, AdminSettings settings) throws Exception {
		var problems = new ProblemEntryPoint();
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/liveness",
					"/actuator/health/readiness")
				.permitAll()
				.anyRequest()
				.hasRole(AdminTokenFilter.ROLE))
			.csrf(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(response,
					"Send the admin token set on the server as 'Authorization: Bearer <token>'.")))
			.addFilterBefore(new AdminTokenFilter(settings, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

}
