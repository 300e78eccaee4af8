package dev.backstride;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every database connection taken (as when many writes queue at once), a request is refused with
 * a bounded 503 and a retry hint, not a 500 after half a minute. The pool here has two connections and
 * waits a quarter of a second; the test holds both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:busy-${random.uuid};DB_CLOSE_DELAY=-1",
				"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=250",
				"logging.level.org.springframework.security=warn" })
class DatabaseBusyTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void answersBusyWithARetryHintWhenNoConnectionIsFree() throws Exception {
		ApiClient runner = new ApiClient(this.port).signUp();
		List<Connection> held = new ArrayList<>();
		try {
			held.add(this.dataSource.getConnection());
			held.add(this.dataSource.getConnection());
			ApiClient.Reply today = runner.get("/api/v1/today");
			assertThat(today.status()).as(today.body()).isEqualTo(503);
			assertThat(today.contentType()).startsWith("application/problem+json");
			assertThat(today.json().get("detail").asString()).contains("try again in a few seconds");
			ApiClient.Reply page = new ApiClient(this.port).get("/login");
			assertThat(page.status()).isIn(200, 503);
		}
		finally {
			for (Connection c : held) {
				c.close();
			}
		}
		assertThat(runner.get("/api/v1/today").status()).isEqualTo(200);
	}

}
