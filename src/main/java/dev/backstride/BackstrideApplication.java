package dev.backstride;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BackstrideApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackstrideApplication.class, args);
	}

}
