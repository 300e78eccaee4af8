package dev.backstride.account;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideApplication;
import dev.backstride.FullRunner;
import dev.backstride.TestDatabases;
import dev.backstride.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Deleting an account removes every row of the runner in every table of the schema, and nothing of
 * anyone else; a wrong password deletes nothing. Runs on H2 and on PostgreSQL (when configured), each
 * with a whole application, two runners with data in every module, page sessions and a mailed link.
 * The tables are read from the database itself: a table added later that this test does not know
 * fails it until it is placed below, so no new table of runner data can escape deletion unnoticed.
 */
class AccountDeletionTests {

	/** Tables that hold no runner's data. */
	static final Set<String> NOT_RUNNER_DATA = Set.of("auth_lock", "flyway_schema_history");

	/** Tables without an account_id column, and how their rows belong to a runner (?1 id, ?2 address hash, ?3 addresses). */
	static final Map<String, String> BY_PARENT = Map.of(
			"account", "select count(*) from account where id = :id",
			"run_original", "select count(*) from run_original where run_id in (select id from run where account_id = :id)",
			"run_import_result", "select count(*) from run_import_result where import_id in (select id from run_import where account_id = :id)",
			"spring_session", "select count(*) from spring_session where principal_name in (:emails)",
			"spring_session_attributes", "select count(*) from spring_session_attributes where session_primary_id in"
					+ " (select primary_id from spring_session where principal_name in (:emails))",
			"auth_attempt", "select count(*) from auth_attempt where account_key = :key");

	@Test
	void onH2() throws Exception {
		deletesEveryRowOfTheRunnerAndNothingElse("jdbc:h2:mem:deletion-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	@Test
	void onPostgreSql() throws Exception {
		var schema = TestDatabases.requirePostgresSchema();
		deletesEveryRowOfTheRunnerAndNothingElse(schema.url(), schema.user(), schema.password());
	}

	void deletesEveryRowOfTheRunnerAndNothingElse(String url, String user, String password) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackstrideApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password,
				"--backstride.data-dir=" + Files.createTempDirectory("backstride-deletion-"),
				"--spring.main.banner-mode=off", "--logging.level.org.springframework.security=warn")) {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			DataSource dataSource = app.getBean(DataSource.class);
			FullRunner alice = FullRunner.create(port, "alice", 1);
			FullRunner bob = FullRunner.create(port, "bob", 2);
			long aliceId = idOf(jdbc, alice.email());
			long bobId = idOf(jdbc, bob.email());
			mailLink(jdbc, aliceId);
			mailLink(jdbc, bobId);
			// a session from before an address change: Spring Session keeps the old address as its name
			WebClient oldSession = signedIn(port, alice.email());
			String oldAddress = "before-" + alice.email();
			jdbc.sql("update spring_session set principal_name = ? where principal_name = ?")
				.params(oldAddress, alice.email())
				.update();
			WebClient page = signedIn(port, alice.email());
			WebClient bobsPage = signedIn(port, bob.email());

			Map<String, Long> alicesRows = rows(jdbc, dataSource, aliceId, alice.email(), oldAddress);
			Map<String, Long> bobsRows = rows(jdbc, dataSource, bobId, bob.email(), bob.email());
			assertThat(alicesRows).as("the runner has rows in every table of runner data").allSatisfy(
					(table, count) -> assertThat(count).as(table).isPositive());

			Reply wrong = alice.api().send("DELETE", "/api/v1/account", "application/json", "{\"password\":\"not my password\"}");
			assertThat(wrong.status()).isEqualTo(400);
			assertThat(wrong.contentType()).startsWith("application/problem+json");
			assertThat(wrong.json().get("detail").asString()).isEqualTo("That is not your current password, so nothing was deleted.");
			assertThat(alice.api().send("DELETE", "/api/v1/account", "application/json", "").status()).isEqualTo(400);
			page.get(port, "/account");
			var wrongOnPage = page.form(port, "/account/delete", "password", "not my password either");
			assertThat(WebClient.location(wrongOnPage)).isEqualTo("/account");
			// shown inside the delete form, where the page lands (#delete), not at the top out of sight
			assertThat(page.get(port, "/account").body()).contains("id=\"delete-error\">That is not your current"
					+ " password, so nothing was deleted.");
			Map<String, Long> afterWrong = rows(jdbc, dataSource, aliceId, alice.email(), oldAddress);
			assertThat(data(afterWrong)).as("nothing deleted").isEqualTo(data(alicesRows));
			assertThat(afterWrong.get("auth_attempt")).as("each wrong password counts as a failed sign-in")
				.isEqualTo(alicesRows.get("auth_attempt") + 2);

			var deleted = page.form(port, "/account/delete", "password", FullRunner.PASSWORD);
			assertThat(WebClient.location(deleted)).isEqualTo("/login?deleted");
			assertThat(deleted.headers().firstValue("Clear-Site-Data").orElse("")).contains("\"storage\"");
			assertThat(page.get(port, "/login?deleted").body()).contains("Your account and all of your data are deleted.");
			assertThat(WebClient.location(page.get(port, "/profile"))).isEqualTo("/login");
			assertThat(WebClient.location(oldSession.get(port, "/profile"))).isEqualTo("/login");
			assertThat(alice.api().get("/api/v1/profile").status()).isEqualTo(401);

			assertThat(rows(jdbc, dataSource, aliceId, alice.email(), oldAddress)).allSatisfy(
					(table, count) -> assertThat(count).as(table).isZero());
			assertThat(data(rows(jdbc, dataSource, bobId, bob.email(), bob.email()))).isEqualTo(data(bobsRows));
			assertThat(bobsPage.get(port, "/profile").statusCode()).isEqualTo(200);

			Reply again = new ApiClient(port).post("/api/v1/signup",
					"{\"email\":\"" + alice.email() + "\",\"password\":\"" + FullRunner.PASSWORD + "\"}");
			assertThat(again.status()).as("the address can sign up again").isEqualTo(201);

			assertThat(bob.api().send("DELETE", "/api/v1/account", "application/json",
					"{\"password\":\"" + FullRunner.PASSWORD + "\"}").status()).isEqualTo(204);
			assertThat(rows(jdbc, dataSource, bobId, bob.email(), bob.email())).allSatisfy(
					(table, count) -> assertThat(count).as(table).isZero());
			assertThat(bob.api().get("/api/v1/profile").status()).isEqualTo(401);
		}
	}

	/** The counts without the sign-in records, which a wrong password and a page message add to. */
	static Map<String, Long> data(Map<String, Long> rows) {
		Map<String, Long> data = new TreeMap<>(rows);
		data.keySet().removeAll(Set.of("auth_attempt", "spring_session_attributes"));
		return data;
	}

	/** The runner's rows in every table of the schema, by table name. */
	static Map<String, Long> rows(JdbcClient jdbc, DataSource dataSource, long id, String email, String otherAddress)
			throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (Map.Entry<String, Set<String>> table : tables(dataSource).entrySet()) {
			String name = table.getKey();
			if (NOT_RUNNER_DATA.contains(name)) {
				continue;
			}
			String sql = table.getValue().contains("account_id") ? "select count(*) from " + name + " where account_id = :id"
					: BY_PARENT.get(name);
			if (sql == null) {
				fail("Table " + name + " has no account_id column and is not known here: say how its rows belong to a"
						+ " runner in AccountDeletionTests, and make sure deleting an account removes them");
			}
			var statement = jdbc.sql(sql);
			if (sql.contains(":id")) {
				statement = statement.param("id", id);
			}
			if (sql.contains(":emails")) {
				statement = statement.param("emails", List.of(email, otherAddress));
			}
			if (sql.contains(":key")) {
				statement = statement.param("key", sha256(email));
			}
			counts.put(name, statement.query(Long.class).single());
		}
		return counts;
	}

	/** Every table of the application's schema (lower case) with its columns (lower case). */
	static Map<String, Set<String>> tables(DataSource dataSource) throws Exception {
		Map<String, Set<String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			try (ResultSet rs = meta.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.put(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT), new TreeSet<>());
				}
			}
			try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, "%", "%")) {
				while (rs.next()) {
					Set<String> columns = tables.get(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
					if (columns != null) {
						columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
					}
				}
			}
		}
		assertThat(tables).containsKeys("account", "check_in", "run_original", "spring_session");
		return tables;
	}

	static long idOf(JdbcClient jdbc, String email) {
		return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	static void mailLink(JdbcClient jdbc, long account) {
		jdbc.sql("""
				insert into mail_link (account_id, purpose, token_hash, created_at, expires_at)
				values (?, 'RESET', ?, current_timestamp, current_timestamp)""")
			.params(account, UUID.randomUUID().toString().replace("-", ""))
			.update();
	}

	static WebClient signedIn(int port, String email) {
		WebClient client = new WebClient();
		assertThat(WebClient.location(client.logIn(port, email, FullRunner.PASSWORD))).isEqualTo("/");
		return client;
	}

	/** The key sign-in attempts are kept under: SHA-256 of the lower-cased address (as AttemptKeys). */
	static String sha256(String email) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(email.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
	}

}
