package dev.backstride.web;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class WebConfiguration {

	/** One clock for the whole application, so that tests can pin "today". */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	FilterRegistrationBean<ApiRequestLimits> apiRequestLimits() {
		var registration = new FilterRegistrationBean<>(new ApiRequestLimits());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
