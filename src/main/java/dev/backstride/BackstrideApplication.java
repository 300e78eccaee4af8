package dev.backstride;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BackstrideApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackstrideApplication.class, args);
	}

	/** One clock for every module, so that "today" is the same everywhere and tests can pin it. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
