package dev.backstride.web;

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

}
