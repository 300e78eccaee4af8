package dev.backstride;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link BackstrideTest} with small quotas, so that tests reach them in a few requests. Every class
 * with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@BackstrideTest
@TestPropertySource(properties = { "backstride.quotas.check-ins-per-day=3", "backstride.quotas.check-ins-total=10",
		"backstride.quotas.recordings-per-day=2", "backstride.quotas.report-bytes-total=10000000",
		"backstride.quotas.active-tokens=3", "backstride.quotas.screenings-per-day=2",
		"backstride.quotas.questionnaire-responses-per-day=2" })
public @interface QuotaTest {

}
