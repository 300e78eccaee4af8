package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.backstride.BackstrideApplication;
import dev.backstride.TestAccounts;
import dev.backstride.account.AccountId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application for a benchmark, as it runs by default: an H2 file in a fresh data directory
 * (every commit written and forced to disk), on a port the OS picks.
 */
final class BenchApp implements AutoCloseable {

	final Path dataDir;

	final ConfigurableApplicationContext context;

	BenchApp() {
		try {
			this.dataDir = Files.createTempDirectory("backstride-bench-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.context = new SpringApplicationBuilder(BackstrideApplication.class)
			.properties("server.port=0", "backstride.data-dir=" + this.dataDir, "logging.level.root=warn")
			.run();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	AccountId newAccount() {
		return TestAccounts.create(bean(JdbcClient.class));
	}

	@Override
	public void close() {
		this.context.close();
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind
		}
	}

}
