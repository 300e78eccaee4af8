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

}
