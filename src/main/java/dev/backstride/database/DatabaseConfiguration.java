package dev.backstride.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.backstride.database.jdbc.H2Files;
import dev.backstride.database.jdbc.PersistingDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * On an embedded H2 database in a file, every connection persists its writes before the call that
 * made them returns (see {@link PersistingDataSource}); PostgreSQL, in-memory H2 and H2 servers are
 * left exactly as they are.
 *
 * <p>
 * {@code backstride.database.h2-persist} ({@code BACKSTRIDE_DATABASE_H2_PERSIST}) says how far:
 * {@code disk} (the default) writes the change to the file and forces it to the disk, so that it
 * survives a killed process and a power cut; {@code file} only writes it to the file (survives a killed
 * process, not a power cut); {@code off} leaves it to H2's background writer, which loses up to the
 * last second of acknowledged writes when the process dies (kept for measuring the difference).
 */
@Configuration
public class DatabaseConfiguration {

	static final String PERSIST = "backstride.database.h2-persist";

	@Bean
	static BeanPostProcessor persistEveryWrite(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& H2Files.isEmbeddedFile(hikari.getJdbcUrl())) {
					return switch (environment.getProperty(PERSIST, "disk")) {
						case "disk" -> new PersistingDataSource((DataSource) bean, true);
						case "file" -> new PersistingDataSource((DataSource) bean, false);
						case "off" -> bean;
						default -> throw new IllegalArgumentException(
								PERSIST + " must be disk, file or off, not " + environment.getProperty(PERSIST));
					};
				}
				return bean;
			}
		};
	}

}
