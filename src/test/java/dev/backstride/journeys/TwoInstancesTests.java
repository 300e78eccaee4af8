package dev.backstride.journeys;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import dev.backstride.BackstrideApplication;
import dev.backstride.TestDatabases;
import dev.backstride.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL schema, as behind a load-balancing proxy: a page
 * session made on one is good on the other, forms posted to either pass CSRF, logging out on one ends
 * the session on both, and the login throttle counts the attempts made on both together. Skipped
 * without PostgreSQL (unless BACKSTRIDE_REQUIRE_POSTGRES=1); the browser part also needs Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	static final String PASSWORD = "correct horse battery";

	ConfigurableApplicationContext a;

	ConfigurableApplicationContext b;

	int portA;

	int portB;

	@BeforeAll
	void startTwoInstances() throws Exception {
		var schema = TestDatabases.requirePostgresSchema();
		this.a = start(schema);
		this.b = start(schema);
		this.portA = port(this.a);
		this.portB = port(this.b);
	}

	@AfterAll
	void stopThem() {
		for (var context : new ConfigurableApplicationContext[] { this.a, this.b }) {
			if (context != null) {
				context.close();
			}
		}
	}

	static ConfigurableApplicationContext start(TestDatabases.PostgresSchema schema) throws Exception {
		// command-line arguments: they win over application.yml (builder properties would not)
		return new SpringApplicationBuilder(BackstrideApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + schema.url(), "--spring.datasource.username=" + schema.user(),
				"--spring.datasource.password=" + schema.password(),
				"--backstride.data-dir=" + Files.createTempDirectory("backstride-instance-"),
				"--spring.main.banner-mode=off", "--logging.level.org.springframework.security=warn");
	}

	static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	String newRunner(String fromAddress) {
		String email = "two-" + UUID.randomUUID() + "@example.org";
		var reply = new WebClient().from(fromAddress)
			.json(this.portA, "/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(reply.statusCode()).isEqualTo(201);
		return email;
	}

	@Test
	void aSessionMadeOnOneInstanceWorksOnTheOtherForPagesAndForms() {
		String email = newRunner("192.0.2.20");
		WebClient runner = new WebClient().from("192.0.2.20");
		assertThat(WebClient.location(runner.logIn(this.portA, email, PASSWORD))).isEqualTo("/");

		var onB = runner.get(this.portB, "/profile");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("name=\"age\"");
		var saved = runner.form(this.portB, "/profile", "age", "41", "sex", "FEMALE", "yearsRunning", "3",
				"weeklyDistance", "20", "terrain.road", "100", "terrain.trail", "0", "terrain.track", "0",
				"terrain.treadmill", "0");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(saved)).isEqualTo("/next");
		assertThat(runner.get(this.portA, "/profile").body()).contains("value=\"41\"");

		runner.get(this.portA, "/");
		assertThat(runner.form(this.portA, "/logout").statusCode()).isEqualTo(302);
		var afterLogout = runner.get(this.portB, "/profile");
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(afterLogout)).isEqualTo("/login");
	}

	@Test
	void theLoginThrottleCountsAttemptsOnBothInstancesTogether() {
		String email = newRunner("192.0.2.21");
		WebClient attacker = new WebClient().from("203.0.113.21");
		for (int i = 0; i < 5; i++) {
			int port = i % 2 == 0 ? this.portA : this.portB;
			assertThat(WebClient.location(attacker.logIn(port, email, "wrong guess " + i))).isEqualTo("/login?error");
		}
		assertThat(WebClient.location(attacker.logIn(this.portB, email, "wrong guess 5"))).startsWith("/login?locked=");
		assertThat(WebClient.location(attacker.logIn(this.portA, email, PASSWORD))).startsWith("/login?locked=");
		assertThat(WebClient.location(new WebClient().from("198.51.100.21").logIn(this.portB, email, PASSWORD)))
			.isEqualTo("/");
	}

	/** A browser keeps cookies per host, whatever the port: just as one host name in front of two instances. */
	@Test
	void aBrowserMovesFromOneInstanceToTheOther() throws Exception {
		try (Browser browser = Browser.open(this.portA, Browser.DESKTOP)) {
			browser.signUpNewRunner("two-browser");
			browser.driver().get("http://localhost:" + this.portB + "/profile");
			waitForUrl(browser, "http://localhost:" + this.portB + "/profile");
			browser.type("#age", "52").type("input[name='terrain.road']", "100");
			browser.click("main button[type=submit]");
			// saved, and on to the next step of the first run: the safety questions
			waitForUrl(browser, "http://localhost:" + this.portB + "/screening");
			assertThat(browser.pageText()).contains("Profile saved");
			browser.driver().get("http://localhost:" + this.portA + "/profile");
			assertThat(browser.find("#age").getDomAttribute("value")).isEqualTo("52");
			assertThat(browser.driver().findElements(By.cssSelector("input[name=password]"))).isEmpty();
		}
	}

	static void waitForUrl(Browser browser, String url) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
	}

}
