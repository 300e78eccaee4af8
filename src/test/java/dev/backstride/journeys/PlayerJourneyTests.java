package dev.backstride.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided session player in a real Chromium on a phone-sized screen: a whole core session with a
 * reload in the middle and the network gone before the end, and the session arriving once, after the
 * connection is back.
 */
@BackstrideTest
class PlayerJourneyTests {

	private static final String PASSWORD = "a long password";

	@LocalServerPort
	int port;

	@Test
	void aWholeCoreSessionSurvivesAReloadAndALostConnectionAndArrivesExactlyOnce() throws Exception {
		Runner runner = activeRunner();
		try (Browser browser = Browser.open(this.port, Browser.PHONE);
				Connectivity network = Connectivity.of(browser.driver())) {
			logIn(browser, runner.email());
			browser.go("/program/session");
			waitForServiceWorker(browser);
			assertThat(browser.pageText()).contains("Reach and tuck", "8 per leg", "Straight-leg mini crunch", "12");
			assertThat(browser.has("header.top nav")).isTrue();
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("player-1-intro-phone");

			browser.click("#p-start");
			assertThat(browser.text("#p-name")).isEqualTo("Reach and tuck");
			assertThat(browser.driver().findElement(By.cssSelector("header.top")).isDisplayed())
				.as("the menu steps aside during a session")
				.isFalse();
			assertThat(browser.text("#p-side")).isEqualTo("Left leg");
			browser.screenshot("player-2-step-phone");
			tap(browser, 3);
			// anywhere on the screen counts, and so does the space bar
			browser.click("#p-name");
			new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
			assertThat(browser.text("#p-count")).isEqualTo("5");
			browser.screenshot("player-3-counting-phone");
			tap(browser, 3);
			assertThat(browser.text("#p-next")).contains("right leg");
			assertThat(Integer.parseInt(browser.text("#p-rest-left"))).isBetween(1, 10);
			browser.screenshot("player-4-rest-phone");
			browser.click("#p-skip-rest");
			assertThat(browser.text("#p-side")).isEqualTo("Right leg");
			tap(browser, 4);

			browser.driver().navigate().refresh();
			assertThat(browser.text("#p-side")).isEqualTo("Right leg");
			assertThat(browser.text("#p-count")).isEqualTo("4");
			browser.click("#p-pause");
			assertThat(browser.text("#p-paused h1")).isEqualTo("Paused");
			browser.screenshot("player-5-paused-phone");
			browser.click("#p-resume");
			tap(browser, 4);
			browser.click("#p-skip-rest");
			assertThat(browser.text("#p-name")).isEqualTo("Straight-leg mini crunch");
			assertThat(browser.has("#p-side:not([hidden])")).isFalse();
			tap(browser, 6);

			network.offline();
			tap(browser, 6);
			browser.screenshot("player-6-finish-phone");
			assertThat(browser.text("#p-summary")).contains("every set");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			assertOneRow(browser, "#p-finish-form .scale");
			browser.pick("sessionPain", "2");
			browser.type("#p-note", "Felt steady.");
			browser.click("#p-save");
			waitForText(browser, "#p-saved-title", "Kept on this phone");
			browser.screenshot("player-7-kept-offline-phone");
			assertThat(sessions(runner).size()).isZero();

			// offline, the player still opens: the worker serves it
			browser.driver().navigate().refresh();
			assertThat(browser.find("#p-start").isDisplayed()).isTrue();
			assertThat(sessions(runner).size()).isZero();

			network.online();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> sessions(runner).size() > 0);
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> outboxSize(browser) == 0);
			// every sender has had its go: a reload sends whatever is left, and nothing is left
			browser.driver().navigate().refresh();
			browser.find("#p-start");
			assertThat(outboxSize(browser)).isZero();
			List<JsonNode> stored = sessions(runner);
			assertThat(stored).hasSize(1);
			JsonNode session = stored.get(0);
			assertThat(session.get("kind").asString()).isEqualTo("CORE");
			assertThat(session.get("painDuring").asInt()).isEqualTo(2);
			assertThat(session.get("note").asString()).isEqualTo("Felt steady.");
			assertThat(session.get("exercises").toString()).isEqualTo("[{\"id\":\"EX-CRUNCH\",\"sets\":["
					+ "{\"side\":null,\"reps\":12,\"holdSeconds\":0}]},{\"id\":\"EX-REACH\",\"sets\":["
					+ "{\"side\":\"LEFT\",\"reps\":8,\"holdSeconds\":0},{\"side\":\"RIGHT\",\"reps\":8,\"holdSeconds\":0}]}]");
		}
	}

	@Test
	void beforeARunTheCallSaysWhatToChangeThenTheSwingsAndTheAfterRunFormStoreTheRunAndTheSwingsOnce()
			throws Exception {
		Runner runner = activeRunner();
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			logIn(browser, runner.email());
			browser.go("/program/pre-run");
			// no check-in yet: run, but shorter and easier
			assertThat(browser.find("#call").getAttribute("data-call")).isEqualTo("MODIFY");
			assertThat(browser.text("#modify-advice")).contains("shorter", "flat road or a treadmill", "easy");
			assertThat(browser.text("#call")).doesNotContain("(PM-RULE)");
			// each reason has its own "why?" beside it, not a row of them after the list
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#call li")))
				.isNotEmpty()
				.allSatisfy((li) -> assertThat(li.findElements(org.openqa.selenium.By.cssSelector("a.why"))).hasSize(1));
			assertThat(browser.text("#call")).doesNotContain("why? why?");
			assertThat(browser.pageText()).contains("Leg swings", "12 per leg");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("pre-run-1-call-phone");
			browser.click("#p-start");
			assertThat(browser.text("#p-tip")).contains("Right side to the wall");
			browser.screenshot("pre-run-2-swings-phone");
			browser.click("#p-done");
			browser.click("#p-skip-rest");
			assertThat(browser.text("#p-tip")).contains("Left side to the wall");
			tap(browser, 12);
			assertThat(browser.find("#p-run h1").getText()).contains("Have a good run");
			browser.pick("painDuring", "3");
			browser.pick("painAfter", "4");
			browser.pick("painChangedStride", "false");
			browser.pick("effort", "5");
			browser.pick("terrain", "ROAD");
			browser.type("#r-distance", "5.2").type("#r-duration", "31");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("pre-run-3-after-run-phone");
			browser.click("#p-run-save");
			waitForText(browser, "#p-saved-text", "swings and your run are saved");
			browser.screenshot("pre-run-4-saved-phone");
		}
		JsonNode run = runner.api().get("/api/v1/runs").json().get(0);
		assertThat(runner.api().get("/api/v1/runs").json()).hasSize(1);
		assertThat(run.get("distanceMeters").asDouble()).isEqualTo(5200.0);
		assertThat(run.get("elapsedSeconds").asInt()).isEqualTo(31 * 60);
		assertThat(run.get("terrain").asString()).isEqualTo("ROAD");
		assertThat(run.get("painDuring").asInt()).isEqualTo(3);
		assertThat(run.get("painAfter").asInt()).isEqualTo(4);
		assertThat(run.get("painChangedStride").asBoolean()).isFalse();
		assertThat(run.get("effort").asInt()).isEqualTo(5);
		List<JsonNode> sessions = sessions(runner);
		assertThat(sessions).hasSize(1);
		assertThat(sessions.get(0).get("kind").asString()).isEqualTo("PRE_RUN");
		assertThat(sessions.get(0).get("painDuring").asInt()).as("the run's pain during").isEqualTo(3);
		assertThat(sessions.get(0).get("exercises").toString()).contains("\"LEFT\",\"reps\":12", "\"RIGHT\",\"reps\":12");
	}

	@Test
	void onAStopDayThePageOffersAWalkAndTheCoreRoutineInsteadOfTheSwings() throws Exception {
		Runner runner = activeRunner();
		assertThat(runner.api().post("/api/v1/checkins", "{\"painNow\":5,\"worstPain24h\":8}").status()).isEqualTo(201);
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			logIn(browser, runner.email());
			browser.go("/program/pre-run");
			assertThat(browser.find("#call").getAttribute("data-call")).isEqualTo("STOP");
			assertThat(browser.text("#stop-advice")).contains("walk", "core routine");
			assertThat(browser.has("#p-start")).isFalse();
			browser.screenshot("pre-run-stop-phone");
			browser.click("#stop-advice a");
			browser.waitForPathIs("/program/session");
			assertThat(browser.has("#p-start")).isTrue();
		}
	}

	@Test
	void onADesktopThePlayerReadsAsWellAsOnAPhone() throws Exception {
		Runner runner = activeRunner();
		try (Browser browser = Browser.open(this.port, desktop())) {
			logIn(browser, runner.email());
			browser.go("/program/session");
			browser.screenshot("player-1-intro-desktop");
			browser.click("#p-start");
			tap(browser, 3);
			browser.screenshot("player-2-step-desktop");
			browser.click("#p-done");
			browser.screenshot("player-3-rest-desktop");
			browser.click("#p-skip-rest");
			browser.click("#p-done");
			browser.click("#p-skip-rest");
			assertThat(browser.text("#p-name")).isEqualTo("Straight-leg mini crunch");
			browser.screenshot("player-4-crunch-desktop");
			browser.click("#p-done");
			assertOneRow(browser, "#p-finish-form .scale");
			browser.screenshot("player-5-finish-desktop");
			browser.go("/program/pre-run");
			browser.screenshot("pre-run-1-call-desktop");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void whileThePlanIsPausedThePlayerShowsWhyAndNoExercises() throws Exception {
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.signUpNewRunner("paused-player");
			browser.go("/program/session");
			assertThat(browser.text("#p-paused-plan")).contains("Your plan is paused", "safety questions");
			assertThat(browser.has("#p-start")).isFalse();
			browser.screenshot("player-paused-phone");
		}
	}

	private static void tap(Browser browser, int times) {
		for (int i = 0; i < times; i++) {
			browser.click("#p-tap");
		}
	}

	private static void waitForText(Browser browser, String css, String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.text(css).contains(text));
	}

	/** Eleven choices side by side: every one on the first one's line. */
	private static void assertOneRow(Browser browser, String css) {
		Object rows = ((JavascriptExecutor) browser.driver()).executeScript(
				"return new Set(Array.from(document.querySelectorAll(arguments[0] + ' label')).map(l => l.offsetTop)).size",
				css);
		assertThat(((Number) rows).intValue()).isEqualTo(1);
	}

	static void waitForServiceWorker(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "navigator.serviceWorker.ready.then(() => done(true), () => done(false));")));
		if (!Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
			.executeScript("return navigator.serviceWorker.controller !== null"))) {
			browser.driver().navigate().refresh();
		}
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE
			.equals(((JavascriptExecutor) d).executeScript("return navigator.serviceWorker.controller !== null")));
	}

	private static long outboxSize(Browser browser) {
		Object size = ((JavascriptExecutor) browser.driver())
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "Outbox.all().then(all => done(all.length), () => done(-1));");
		return ((Number) size).longValue();
	}

	/** The runner's sessions as the API lists them, newest first. */
	private static List<JsonNode> sessions(Runner runner) {
		ApiClient.Reply reply = runner.api().get("/api/v1/sessions?limit=50");
		assertThat(reply.status()).isEqualTo(200);
		List<JsonNode> sessions = new ArrayList<>();
		reply.json().forEach(sessions::add);
		return sessions;
	}

	record Runner(String email, ApiClient api) {
	}

	/** A runner cleared to exercise, made through the API, with a password to log in with. */
	Runner activeRunner() {
		String email = "player-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port);
		ApiClient.Reply signUp = api.post("/api/v1/signup",
				"{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		api.withToken(signUp.json().get("token").asString());
		String allNo = Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"));
		assertThat(api.post("/api/v1/screenings/red-flags", allNo).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(200);
		return new Runner(email, api);
	}

	static void logIn(Browser browser, String email) {
		browser.go("/login").type("input[name=username]", email).type("input[name=password]", PASSWORD);
		browser.click("main button[type=submit]");
		browser.waitForPathIs("/");
	}

	static Dimension desktop() {
		return new Dimension(1366, 900);
	}

}
