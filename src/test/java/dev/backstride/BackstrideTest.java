package dev.backstride;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with its own in-memory H2 database, shared by every test
 * class that uses this annotation (one Spring context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:backstride-${random.uuid};DB_CLOSE_DELAY=-1",
				"logging.level.org.springframework.security=warn",
				// every test signs up from 127.0.0.1; AuthAbuseTests checks the real limit in a context of its own
				"backstride.auth-limits.sign-ups-per-client=1000000" })
public @interface BackstrideTest {

}
