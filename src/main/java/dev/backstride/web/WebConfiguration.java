package dev.backstride.web;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class WebConfiguration {

	@Bean
	FilterRegistrationBean<ApiRequestLimits> apiRequestLimits() {
		var registration = new FilterRegistrationBean<>(new ApiRequestLimits());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Before Spring Security's filters, whose default no-store would otherwise apply to static files too. */
	@Bean
	FilterRegistrationBean<StaticFileCaching> staticFileCaching() {
		var registration = new FilterRegistrationBean<>(new StaticFileCaching());
		registration.addUrlPatterns("/css/*", "/js/*", "/img/*", "/webjars/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** The web app manifest under its own type, which browsers expect and servlet containers do not know. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webAppManifestType() {
		return factory -> factory.addMimeMappings(manifestType());
	}

	private static MimeMappings manifestType() {
		var mappings = new MimeMappings();
		mappings.add("webmanifest", "application/manifest+json");
		return mappings;
	}

}
