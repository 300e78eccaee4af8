package dev.backstride.journeys;

import java.util.List;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner's first days in a real browser: the safety questions and where each answer leads, the
 * questionnaires, a check-in and the home page's call, on a phone and on a desktop.
 */
@BackstrideTest
class ScreeningJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aCaudaEquinaAnswerShowsOnlyTheEmergencyPageUntilAClinicianHasAssessedTheRunner() throws Exception {
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			signUp(browser, 36);
			answerSafetyQuestions(browser, "ces.saddle");
			assertThat(browser.text("#emergency")).containsIgnoringCase("urgent").doesNotContain("RF-CES");
			assertThat(browser.has("#emergency a.why[href='/rules/RF-CES']")).isTrue();
			assertNoPlanOrRunningAdvice(browser);
			assertFitsThePhone(browser);
			browser.screenshot("emergency-phone");

			browser.go("/");
			assertThat(browser.text("#emergency")).containsIgnoringCase("urgent");
			assertNoPlanOrRunningAdvice(browser);
			ApiClient api = new ApiClient(this.port).withToken(issueToken(browser));
			var today = api.get("/api/v1/today").json();
			assertThat(today.get("call").asString()).isEqualTo("PAUSED");
			assertThat(today.get("ruleIds").toString()).contains("RF-CES");

			browser.go("/screening/status");
			browser.click("#emergency ~ form label.choice").click("#emergency ~ form button[type=submit]");
			browser.waitForPathIs("/screening/clearance");
			assertThat(browser.has("#emergency")).isFalse();
			assertThat(browser.pageText()).contains("clinician has assessed you");
			assertThat(api.get("/api/v1/today").json().get("ruleIds").toString()).doesNotContain("RF-CES");
			browser.click("input[name=advised]").click("main form button[type=submit]");
			browser.waitForPathIs("/questionnaires");
			browser.go("/");
			assertThat(browser.find("#call").getAttribute("data-call")).isEqualTo("MODIFY");
			assertThat(browser.has("#emergency")).isFalse();
		}
	}

	@ParameterizedTest(name = "on a {0}")
	@ValueSource(strings = { "phone", "desktop" })
	void aClearRunnerAnswersTheQuestionnairesChecksInAndSeesGoWithItsRulesAndScores(String device) throws Exception {
		boolean phone = device.equals("phone");
		Dimension size = phone ? Browser.PHONE : Browser.DESKTOP;
		try (Browser browser = Browser.open(this.port, size)) {
			signUp(browser, 41);
			answerSafetyQuestions(browser);
			browser.waitForPathIs("/screening/clearance");
			assertThat(browser.pageText()).contains("No danger signs").doesNotContain("RF-CLEAR");
			assertThat(browser.has("main a.why[href='/rules/RF-CLEAR']")).isTrue();
			browser.click("input[name=advised]").click("main form button[type=submit]");
			browser.waitForPathIs("/questionnaires");
			check(browser, phone, "scores-empty");

			browser.click("#risk-card a.button");
			browser.waitForPath("/questionnaires/risk");
			for (int item = 1; item <= 8; item++) {
				browser.pick("risk-" + item, item <= 2 || item == 5 ? "agree" : "disagree");
			}
			browser.pick("risk-9", "level-3");
			check(browser, phone, "questionnaire-risk");
			browser.click("#risk button[type=submit]");
			// the first run leads straight on to the questionnaire still unanswered
			browser.waitForPathIs("/questionnaires/function");
			assertThat(browser.pageText()).contains("Risk screen scored: 4 of 9, medium risk");
			browser.pick("function-1", "s3");
			for (int section = 2; section <= 10; section++) {
				if (section != 8) {
					browser.pick("function-" + section, "s1");
				}
			}
			browser.pick("function-8", "");
			check(browser, phone, "questionnaire-function");
			browser.click("#function button[type=submit]");
			browser.waitForPathIs("/checkin");
			assertThat(browser.pageText()).contains("Step 6 of 6");
			browser.go("/questionnaires");
			assertThat(browser.text("#risk-card")).contains("Medium risk").contains("4 of 9").doesNotContain("M-RISK");
			assertThat(browser.has("#risk-card a.why[href='/rules/M-RISK']")).isTrue();
			assertThat(browser.text("#function-card")).contains("24.4%").contains("moderate limitation");
			assertThat(browser.has("#function-card a.why[href='/rules/M-FUNC']")).isTrue();
			check(browser, phone, "scores");

			browser.go("/checkin");
			browser.pick("painNow", "1").pick("worstPain24h", "2").pick("locations", "CENTRAL").pick("kinds", "TIGHTNESS");
			browser.pick("timing", "AFTER_RUN").pick("painDuringRun", "2").pick("nextMorning", "SAME");
			check(browser, phone, "checkin");
			browser.click("#checkin > button[type=submit]");
			assertThat(browser.find("#call[data-call=GO]").getText()).contains("Go").doesNotContain("PM-RULE");
			assertThat(browser.has("#call a.why[href='/rules/PM-RULE']")).isTrue();
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.pageText()).contains("Check-in saved");
			assertThat(browser.text("#scores")).contains("1/10 now")
				.contains("medium risk")
				.contains("24.4%")
				.doesNotContain("M-NRS");
			for (String rule : List.of("M-NRS", "M-RISK", "M-FUNC")) {
				assertThat(browser.has("#scores a.why[href='/rules/" + rule + "']")).as(rule).isTrue();
			}
			// the plan is active: today's routine or the next core day, the swings before a run, and the running card
			assertThat(browser.text("#routine")).contains("Before every run: leg swings, 12 per leg");
			assertThat(browser.text("#latest-run")).contains("No runs in the last eight weeks");
			assertThat(browser.has("#run-actions a[href='/program/pre-run']")).isTrue();
			assertThat(browser.text("#todo")).doesNotContain("Check in for today").doesNotContain("safety questions");
			check(browser, phone, "home");
		}
	}

	@Test
	void aPreviousCancerShowsTheSeeAClinicianPageAndPausesThePlan() throws Exception {
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			signUp(browser, 52);
			answerSafetyQuestions(browser, "cancer.history");
			assertThat(browser.text("h1")).contains("see a clinician");
			assertThat(browser.pageText()).doesNotContain("RF-").contains("within the next few days");
			assertThat(browser.has("main a.why[href='/rules/RF-CANCER']")).isTrue();
			assertThat(browser.has("main a.why[href='/rules/RF-SEE']")).isTrue();
			assertThat(browser.has("#emergency")).isFalse();
			assertFitsThePhone(browser);
			browser.screenshot("see-clinician-phone");
			browser.go("/");
			assertThat(browser.find("#call").getAttribute("data-call")).isEqualTo("PAUSED");
			assertThat(browser.text("#call")).doesNotContain("RF-SEE").doesNotContain("RF-CANCER");
			assertThat(browser.has("#call a.why")).isTrue();
			assertThat(browser.text("#routine")).contains("on hold");
			assertThat(browser.has("#run-actions")).isFalse();
			assertThat(browser.text("#todo")).contains("See a clinician");
			assertFitsThePhone(browser);
			browser.screenshot("home-paused-phone");
		}
	}

	private static void signUp(Browser browser, int age) {
		String password = "a long password";
		browser.go("/signup")
			.type("#email", "screening-" + UUID.randomUUID() + "@example.org")
			.type("#password", password)
			.type("#confirm", password)
			.click("main button[type=submit]");
		browser.waitForPath("/profile");
		browser.type("#age", String.valueOf(age)).choose("sex", "FEMALE");
		browser.click("main button[type=submit]");
		// the first run goes on to its next step
		browser.waitForPathIs("/screening");
		assertThat(browser.pageText()).contains("Profile saved").contains("Step 3 of 6");
	}

	/** Answers all twenty questions, "no" unless listed, by clicking the answer's words. */
	private static void answerSafetyQuestions(Browser browser, String... yes) {
		browser.go("/screening");
		List<String> yesIds = List.of(yes);
		for (RedFlagItem item : RedFlagItem.values()) {
			browser.pick(item.id(), yesIds.contains(item.id()) ? "yes" : "no");
		}
		browser.click("#redflags button[type=submit]");
	}

	private static String issueToken(Browser browser) {
		browser.go("/tokens").type("input[name=name]", "journey").click("main form.card button[type=submit]");
		return browser.text("code.secret");
	}

	private static void assertNoPlanOrRunningAdvice(Browser browser) {
		assertThat(browser.has("#call")).isFalse();
		assertThat(browser.pageText()).doesNotContainIgnoringCase("exercise")
			.doesNotContainIgnoringCase("run as planned")
			.doesNotContainIgnoringCase("keep running")
			.doesNotContainIgnoringCase("continue running")
			.doesNotContain("EX-")
			.doesNotContain("PM-RULE");
	}

	private static void check(Browser browser, boolean phone, String page) throws Exception {
		if (phone) {
			assertFitsThePhone(browser);
		}
		browser.screenshot(page + (phone ? "-phone" : "-desktop"));
	}

	private static void assertFitsThePhone(Browser browser) {
		assertThat(browser.horizontalOverflow()).as("sideways scrolling on " + browser.path()).isLessThanOrEqualTo(0);
	}

}
