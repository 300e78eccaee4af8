package dev.backstride.journeys;

import java.util.UUID;

import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new runner on a 390×844 phone goes through the whole first run: each step says where they are,
 * why it matters and what comes next, leaving and coming back resumes at the same step, and the home
 * page then puts the one next thing first. Screenshots land in target/screenshots/.
 */
@BackstrideTest
class FirstRunJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aNewRunnerIsLedFromSignUpToTheFirstCheckInAndThenToToday() throws Exception {
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/signup")
				.type("#email", "first-run-" + UUID.randomUUID() + "@example.org")
				.type("#password", "a long password")
				.type("#confirm", "a long password")
				.click("main button[type=submit]");
			browser.waitForPath("/profile");
			assertThat(browser.text("#firstrun")).contains("Step 2 of 6").contains("Your profile")
				.contains("Next: the safety questions.");
			check(browser, "firstrun-1-profile");

			// an empty profile is not saved; every problem is listed at once
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#problems")).contains("Enter your age").contains("Nothing has been saved");
			browser.type("#age", "34").type("#yearsRunning", "40").type("input[name='terrain.road']", "50");
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#problems")).contains("Please fix these 2 things")
				.contains("at 34, that is at most 29 years")
				.contains("add up to 100%");
			assertThat(browser.find("#yearsRunning").getAttribute("aria-invalid")).isEqualTo("true");
			check(browser, "firstrun-2-profile-problems");
			browser.type("#yearsRunning", "6").type("input[name='terrain.road']", "100").choose("units", "MILES");
			browser.type("#weeklyDistance", "20");
			browser.click("main form button[type=submit]");

			browser.waitForPathIs("/screening");
			assertThat(browser.pageText()).contains("Profile saved");
			assertThat(browser.text("#firstrun")).contains("Step 3 of 6");
			check(browser, "firstrun-3-safety");

			// leaving and coming back: home resumes at the step the data says
			browser.go("/");
			assertThat(browser.text("#next-step")).contains("Step 3 of 6").contains("Safety questions");
			check(browser, "firstrun-home-resume");
			browser.click("#next-step a.button");
			browser.waitForPathIs("/screening");
			for (RedFlagItem item : RedFlagItem.values()) {
				browser.pick(item.id(), "no");
			}
			browser.click("#redflags button[type=submit]");

			browser.waitForPathIs("/screening/clearance");
			assertThat(browser.text("#firstrun")).contains("Step 4 of 6").contains("Next: two short questionnaires.");
			assertThat(browser.pageText()).doesNotContain("the exercises");
			check(browser, "firstrun-4-clearance");
			browser.click("input[name=advised]").click("main form button[type=submit]");

			browser.waitForPathIs("/questionnaires");
			assertThat(browser.text("#firstrun")).contains("Step 5 of 6");
			browser.go("/");
			browser.click("#next-step a.button");
			browser.waitForPathIs("/questionnaires/risk");
			for (int item = 1; item <= 8; item++) {
				browser.pick("risk-" + item, "disagree");
			}
			browser.pick("risk-9", "level-1");
			check(browser, "firstrun-5-risk");
			browser.click("#risk button[type=submit]");

			browser.waitForPathIs("/questionnaires/function");
			assertThat(browser.text("#firstrun")).contains("Step 5 of 6").contains("Next: your first check-in.");
			for (int section = 1; section <= 10; section++) {
				browser.pick("function-" + section, "s1");
			}
			browser.click("#function button[type=submit]");

			browser.waitForPathIs("/checkin");
			assertThat(browser.pageText()).contains("Function index scored");
			assertThat(browser.text("#firstrun")).contains("Step 6 of 6").contains("today's running advice");
			browser.pick("painNow", "1").pick("worstPain24h", "2").pick("locations", "CENTRAL").pick("kinds", "TIGHTNESS");
			browser.pick("timing", "AFTER_RUN").pick("painDuringRun", "2").pick("nextMorning", "SAME");
			check(browser, "firstrun-6-checkin");
			browser.click("#checkin > button[type=submit]");

			browser.waitForPathIs("/");
			assertThat(browser.has("#firstrun")).isFalse();
			assertThat(browser.has(".firstrun-next")).isFalse();
			// only what is due: the questionnaires answered today come up again in four weeks
			assertThat(browser.text("#todo")).contains("Nothing else is due today");
			assertThat(browser.has("#todo ul")).isFalse();
			assertThat(browser.text("#todo .coming-up")).contains("Risk screen on").contains("Function index on");
			check(browser, "firstrun-7-home");

			browser.go("/checkin");
			assertThat(browser.text("#already")).contains("You already checked in for this day; saving will update it.");
			assertThat(browser.text("#recent")).contains("pain 1/10 now, worst 2/10");
			check(browser, "firstrun-8-checkin-again");

			browser.go("/profile");
			assertThat(browser.has("#firstrun")).isFalse();
			assertThat(browser.find("#weeklyDistance").getAttribute("value")).isEqualTo("20");
			assertThat(browser.find("input[name=units][value=MILES]").isSelected()).isTrue();
		}
	}

	@Test
	void theAccountPagesFitAPhoneAndADesktop() throws Exception {
		for (org.openqa.selenium.Dimension size : java.util.List.of(Browser.PHONE,
				new org.openqa.selenium.Dimension(1366, 900))) {
			String device = size.getWidth() < 500 ? "phone" : "desktop";
			try (Browser browser = Browser.open(this.port, size)) {
				browser.go("/password-reset");
				assertThat(browser.text("#not-set-up")).contains("not set up on this server");
				check(browser, "account-reset-" + device);
				browser.go("/signup");
				assertThat(browser.text("#firstrun")).contains("Step 1 of 6");
				check(browser, "account-signup-" + device);
				browser.type("#email", "pages-" + UUID.randomUUID() + "@example.org")
					.type("#password", "a long password")
					.type("#confirm", "a long password")
					.click("main button[type=submit]");
				browser.waitForPath("/profile");
				browser.type("#age", "20").type("#yearsRunning", "16").type("#weeklyDistance", "500");
				browser.click("main form button[type=submit]");
				assertThat(browser.text("#problems")).contains("Please fix these 2 things");
				check(browser, "account-profile-problems-" + device);
				browser.go("/");
				check(browser, "account-home-first-run-" + device);
				browser.go("/account");
				assertThat(browser.text("main")).contains("You sign in with pages-").contains("not set up");
				check(browser, "account-email-" + device);
			}
		}
	}

	private static void check(Browser browser, String name) throws Exception {
		assertThat(browser.horizontalOverflow()).as("sideways scrolling on " + browser.path()).isLessThanOrEqualTo(0);
		browser.screenshot(name);
	}

}
