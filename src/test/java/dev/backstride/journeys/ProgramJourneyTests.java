package dev.backstride.journeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner with two weeks of history opens the plan, chooses core days, asks for a calendar address,
 * takes a self-test and reads the history of dose changes, on a phone and on a desktop, with a
 * screenshot of each page in target/screenshots.
 */
@BackstrideTest
class ProgramJourneyTests {

	private static final String PASSWORD = "correct horse battery";

	private static final String CORE = """
			{"kind":"CORE","painDuring":1,"date":"%s","exercises":[
			 {"id":"EX-REACH","sets":[{"side":"LEFT","reps":12},{"side":"RIGHT","reps":12}]},
			 {"id":"EX-CRUNCH","sets":[{"reps":15}]}]}""";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "on a {0}")
	@ValueSource(strings = { "phone", "desktop" })
	void aRunnerFollowsTheirPlanChoosesCoreDaysAndTakesASelfTest(String device) throws Exception {
		String email = "program-" + UUID.randomUUID() + "@example.org";
		ApiClient api = runnerWithHistory(email);
		Dimension size = device.equals("phone") ? Browser.PHONE : new Dimension(1366, 900);
		try (Browser browser = Browser.open(this.port, size)) {
			browser.go("/login").type("input[name=username]", email).type("input[name=password]", PASSWORD);
			browser.click("main button[type=submit]");
			browser.waitForPathIs("/");
			browser.go("/program");
			assertThat(browser.text("#EX-REACH .dose")).isEqualTo("10 per leg");
			assertThat(browser.text("#EX-SWING .dose")).isEqualTo("12 per leg");
			assertThat(browser.pageText()).contains("Tight hamstrings").contains("found by the leg raise test")
				.doesNotContain("P-UP").doesNotContain("EX-REACH");
			assertThat(browser.find("#EX-REACH a.why").getAttribute("href")).endsWith("/rules/P-UP");
			check(browser, device, "program-plan");

			browser.choose("days", "TUESDAY").click("#core-days button[type=submit]");
			assertThat(browser.text(".error")).isEqualTo("Choose three different core days a week, not 4.");
			browser.choose("days", "MONDAY").choose("days", "WEDNESDAY").choose("days", "SUNDAY");
			browser.click("#core-days button[type=submit]");
			assertThat(browser.text(".notice")).contains("core days are saved");
			assertThat(api.get("/api/v1/plan").json().get("coreDays").toString())
				.isEqualTo("[\"TUESDAY\",\"FRIDAY\",\"SUNDAY\"]");

			browser.click("#reminders form button[type=submit]");
			assertThat(browser.text("#reminders code.secret")).matches("http://localhost:\\d+/calendar/bst_.+\\.ics");
			check(browser, device, "program-reminders");

			browser.go("/program/tests");
			check(browser, device, "program-tests");
			browser.click("a[href='/program/tests/plank']");
			browser.waitForPathIs("/program/tests/plank");
			check(browser, device, "program-test-plank");
			browser.type("input[name=plankSeconds]", "45").type("input[name=sidePlankLeft]", "30")
				.type("input[name=sidePlankRight]", "40")
				.click("main form button[type=submit]");
			browser.waitForPathIs("/program/tests");
			assertThat(browser.text(".notice")).contains("45 seconds");
			assertThat(browser.pageText()).contains("Plank 45 s, side planks 30 s left and 40 s right");
			assertThat(browser.lines("#test-results tbody td:nth-child(1)")).as("the date on one line").isEqualTo(1);
			assertThat(browser.lines("#test-results tbody td:nth-child(2)")).as("the test's name on one line").isEqualTo(1);
			check(browser, device, "program-test-results");
			browser.go("/program/tests/hip-flexor");
			check(browser, device, "program-test-hip-flexor");
			browser.choose("leftThighLifts", "true").choose("rightThighLifts", "false").click("main form button[type=submit]");
			browser.waitForPathIs("/program/tests");
			assertThat(browser.text("#test-results tbody tr:first-child")).as("what the hip flexor test found")
				.contains("Tight hip flexors");
			browser.go("/program");
			// the plank and the hip flexor tests both found a weak core: the exercise names it once
			assertThat(browser.text("#EX-REACH .against")).isEqualTo("Works on what your tests found: Weak stomach and"
					+ " buttock muscles.");
			browser.go("/program/tests/leg-raise");
			check(browser, device, "program-test-leg-raise");

			browser.go("/program/history");
			assertThat(browser.pageText()).contains("Reach and tuck: 8 → 9 per leg on").doesNotContain("P-UP");
			check(browser, device, "program-history");
		}
	}

	private static void check(Browser browser, String device, String name) throws Exception {
		assertThat(browser.horizontalOverflow()).as(name + " scrolls sideways").isLessThanOrEqualTo(0);
		browser.screenshot(name + "-" + device);
	}

	private ApiClient runnerWithHistory(String email) {
		ApiClient api = new ApiClient(this.port);
		var signUp = api.post("/api/v1/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
		api.withToken(signUp.json().get("token").asString());
		api.put("/api/v1/profile", "{\"age\":35,\"sex\":\"FEMALE\"}");
		StringBuilder answers = new StringBuilder();
		for (RedFlagItem item : RedFlagItem.values()) {
			answers.append(answers.isEmpty() ? "" : ",").append("\"").append(item.id()).append("\":false");
		}
		api.post("/api/v1/screenings/red-flags", "{\"answers\":{" + answers + "}}");
		api.post("/api/v1/screenings/clearance", "{\"advised\":true}");
		api.post("/api/v1/self-tests", "{\"test\":\"T-HAM\",\"left\":64,\"right\":71}");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int back = 13; back >= 1; back -= 2) {
			assertThat(api.post("/api/v1/sessions", CORE.formatted(today.minusDays(back))).status()).isEqualTo(201);
			api.post("/api/v1/checkins", "{\"date\":\"" + today.minusDays(back - 1)
					+ "\",\"painNow\":1,\"worstPain24h\":2,\"painDuringRun\":2,\"nextMorning\":\""
					+ (back == 5 ? "SLIGHTLY_WORSE" : "SAME") + "\"}");
		}
		return api;
	}

}
