package dev.backstride.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.motion.MotionSamples;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.webjars.WebJarVersionLocator;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, opened in Chromium as a signed-out visitor and as a runner with data: at 360 px wide none
 * may scroll sideways ({@code scrollWidth} above the viewport), and axe-core, injected into the page,
 * finds no serious or critical accessibility violation. Screenshots of each at 390×844 and 1366×900 go
 * to {@code target/screenshots/pages/}, to be looked at.
 *
 * <p>
 * <b>A new page belongs in {@link #SIGNED_OUT} or {@link #SIGNED_IN}</b>; {@code {recording}} stands for
 * the runner's latest pelvis measurement and {@code {run}} for a run they logged. On a phone each page is
 * measured again with the menu's "More" open.
 */
@BackstrideTest
class EveryPageTests {

	/** Pages anyone can open, including the friendly "not found" ones. */
	static final List<String> SIGNED_OUT = List.of("/", "/login", "/signup", "/rules", "/rules/PM-RULE",
			"/rules/RF-CES", "/rules/NO-SUCH-RULE", "/no-such-page", "/password-reset", "/offline.html");

	/** Pages of a signed-in runner who has answered everything and has a check-in, a token and a recording. */
	static final List<String> SIGNED_IN = List.of("/", "/checkin", "/screening", "/screening/status",
			"/screening/clearance", "/questionnaires", "/questionnaires/risk", "/questionnaires/function", "/profile",
			"/tokens", "/motion", "/motion/record", "/motion/{recording}", "/rules", "/rules/P-UP", "/no-such-page",
			"/account", "/program", "/program/history", "/program/tests", "/program/tests/leg-raise",
			"/program/tests/plank", "/program/tests/hip-flexor", "/program/session", "/program/pre-run", "/runs",
			"/runs/new", "/runs/import", "/runs/{run}", "/insights");

	static final Dimension NARROW = new Dimension(360, 800);

	static final Dimension PHONE = new Dimension(390, 844);

	static final Dimension DESKTOP = new Dimension(1366, 900);

	private static final String PASSWORD = "a long password";

	@LocalServerPort
	int port;

	@Test
	void everyPageSignedOutFitsANarrowPhoneAndPassesAxe() throws Exception {
		check(SIGNED_OUT, null, "out");
	}

	@Test
	void everyPageOfARunnerWithDataFitsANarrowPhoneAndPassesAxe() throws Exception {
		check(SIGNED_IN, aRunnerWithData(), "in");
	}

	private void check(List<String> pages, Runner runner, String prefix) throws Exception {
		List<String> problems = new ArrayList<>();
		for (Dimension size : List.of(NARROW, PHONE, DESKTOP)) {
			try (Browser browser = Browser.open(this.port, size)) {
				if (runner != null) {
					logIn(browser, runner.email());
				}
				for (String page : pages) {
					String path = runner == null ? page
							: page.replace("{recording}", runner.recording()).replace("{run}", runner.run());
					browser.go(path);
					browser.find("main");
					if (size == NARROW) {
						problems.addAll(widthProblems(browser, path));
						problems.addAll(axeProblems(browser, path));
						if (openMore(browser)) {
							problems.addAll(widthProblems(browser, path + " with More open"));
						}
					}
					else {
						browser.screenshot("page-" + prefix + name(page) + "-" + size.width);
					}
				}
			}
		}
		assertThat(problems).as("pages that scroll sideways at 360 px or fail axe-core").isEmpty();
	}

	@Test
	void theChecksCatchWhatTheyLookFor() throws Exception {
		try (Browser browser = Browser.open(this.port, NARROW)) {
			browser.go("/rules");
			browser.find("main");
			// an image without alternative text, and a paragraph 900 px wide (set through the CSSOM: the
			// content security policy refuses style attributes)
			((JavascriptExecutor) browser.driver()).executeScript("""
					const main = document.querySelector('main');
					main.insertAdjacentHTML('beforeend', '<img src="/img/favicon.svg"><p id="wide">wide</p>');
					document.getElementById('wide').style.width = '900px';""");
			assertThat(widthProblems(browser, "/rules")).singleElement().asString().contains("px wide");
			assertThat(axeProblems(browser, "/rules")).anySatisfy((v) -> assertThat(v).contains("image-alt"));
		}
	}

	/** Opens the phone menu's "More" when the page has it (a signed-in page on a phone). */
	static boolean openMore(Browser browser) {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
				const more = document.querySelector('header.top details.more');
				if (!more || more.offsetParent === null) return false;
				more.open = true;
				return true;"""));
	}

	static List<String> widthProblems(Browser browser, String path) {
		Object width = ((JavascriptExecutor) browser.driver())
			// the width the page has beside a desktop scrollbar (a phone has none): clientWidth, not innerWidth
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		List<?> both = (List<?>) width;
		long scroll = ((Number) both.get(0)).longValue();
		long viewport = ((Number) both.get(1)).longValue();
		return scroll > viewport ? List.of(path + ": " + scroll + " px wide in a " + viewport + " px viewport")
				: List.of();
	}

	/** Runs axe-core in the page and lists its serious and critical violations, with up to three elements each. */
	static List<String> axeProblems(Browser browser, String path) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js.executeScript(AXE);
		Object found = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((r) => done(r.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at '
				      + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))))
				  .catch((e) => done(['axe failed: ' + e]));
				""");
		return ((List<?>) found).stream().map((v) -> path + ": " + v).toList();
	}

	private static final String AXE = axeScript();

	private static String axeScript() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = EveryPageTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("axe-core's WebJar is missing from the test classpath", ex);
		}
	}

	private static String name(String page) {
		String name = page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return "-" + (name.isEmpty() ? "home" : name);
	}

	record Runner(String email, String recording, String run) {
	}

	/**
	 * A runner who did everything once, with a long token name (long words must wrap), through the API.
	 */
	private Runner aRunnerWithData() {
		String email = "pages-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port);
		Reply signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(signUp.status()).isEqualTo(201);
		api.withToken(signUp.json().get("token").asString());
		ok(api.put("/api/v1/profile", "{\"age\":38,\"sex\":\"FEMALE\",\"weeklyDistanceKm\":30}"));
		StringBuilder answers = new StringBuilder("{\"answers\":{");
		for (RedFlagItem item : RedFlagItem.values()) {
			answers.append(answers.toString().endsWith("{") ? "" : ",").append('"').append(item.id()).append("\":false");
		}
		ok(api.post("/api/v1/screenings/red-flags", answers.append("}}").toString()));
		ok(api.post("/api/v1/screenings/clearance", "{\"advised\":true}"));
		ok(api.post("/api/v1/questionnaires/risk/responses", "{\"items\":[1,0,1,0,1,0,0,0],\"bothersomeness\":3}"));
		ok(api.post("/api/v1/questionnaires/function/responses", "{\"sections\":[2,1,1,1,2,1,1,null,1,1]}"));
		// a second answer to each questionnaire and six days of check-ins: the home page draws its trends
		ok(api.post("/api/v1/questionnaires/risk/responses", "{\"items\":[1,0,0,0,0,0,0,0],\"bothersomeness\":1}"));
		ok(api.post("/api/v1/questionnaires/function/responses", "{\"sections\":[1,1,1,1,1,1,1,null,1,1]}"));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int day = 5; day >= 1; day--) {
			ok(api.post("/api/v1/checkins", "{\"painNow\":2,\"worstPain24h\":" + (3 + day % 3) + ",\"date\":\""
					+ today.minusDays(day) + "\"}"));
		}
		ok(api.post("/api/v1/checkins", "{\"painNow\":2,\"worstPain24h\":4,\"painDuringRun\":4,"
				+ "\"nextMorning\":\"SLIGHTLY_WORSE\",\"locations\":[\"CENTRAL\",\"BUTTOCK\"],\"kinds\":[\"ACHE\"]}"));
		ok(api.post("/api/v1/tokens", "{\"name\":\"" + "a-very-long-token-name-without-spaces-".repeat(2) + "\"}"));
		Reply run = api.post("/api/v1/runs", "{\"date\":\"" + today.minusDays(1) + "\",\"durationSeconds\":1830,"
				+ "\"distanceMeters\":5210.5,\"terrain\":\"TRAIL\",\"painDuring\":3,\"painAfter\":4,\"effort\":6}");
		ok(run);
		// two recordings: the pelvis list draws the first beside the latest
		ok(api.post("/api/v1/motion/imu", MotionSamples.json(MotionSamples.aRun(7))));
		Reply motion = api.post("/api/v1/motion/imu", MotionSamples.json(MotionSamples.aRun(8)));
		ok(motion);
		return new Runner(email, motion.json().get("id").asString(), run.json().get("id").asString());
	}

	private static void ok(Reply reply) {
		assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
	}

	private static void logIn(Browser browser, String email) {
		browser.go("/login").type("input[name=username]", email).type("input[name=password]", PASSWORD)
			.click("main button[type=submit]");
		browser.find("#call");
	}

}
