package dev.backstride.journeys;

import java.util.UUID;

import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BackstrideTest
class AccountJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aNewRunnerSignsUpFillsTheProfileLogsOutAndBackIn() throws Exception {
		String email = "journey-" + UUID.randomUUID() + "@example.org";
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/signup")
				.type("#email", email)
				.type("#password", "a long password")
				.type("#confirm", "a long password")
				.click("main button[type=submit]");
			browser.waitForPath("/profile");
			assertThat(browser.pageText()).contains("Welcome");
			browser.type("#age", "36").choose("sex", "MALE").type("input[name='terrain.road']", "100");
			// a distance typed in kilometres follows a switch to miles and back, rather than changing meaning
			browser.type("#weeklyDistance", "32").pick("units", "MILES");
			assertThat(browser.find("#weeklyDistance").getAttribute("value")).as("32 km").isEqualTo("20");
			browser.pick("units", "KM");
			assertThat(browser.find("#weeklyDistance").getAttribute("value")).as("20 mi").isEqualTo("32");
			browser.pick("units", "MILES");
			browser.click("main button[type=submit]");
			// on to the next step of the first run
			browser.waitForPathIs("/screening");
			assertThat(browser.pageText()).contains("Profile saved");
			assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
			browser.screenshot("home-phone");
			browser.click("button.link");
			browser.waitForPath("/login");
			browser.type("input[name=username]", email).type("input[name=password]", "wrong password!");
			browser.click("main button[type=submit]");
			assertThat(browser.pageText()).contains("do not match");
			assertThat(browser.find("input[name=username]").getAttribute("value")).as("the address is kept").isEqualTo(email);
			browser.type("input[name=password]", "a long password");
			browser.click("main button[type=submit]");
			browser.waitForPath("/");
			browser.go("/profile");
			assertThat(browser.find("#age").getAttribute("value")).isEqualTo("36");
			assertThat(browser.find("#weeklyDistance").getAttribute("value")).as("kept in miles").isEqualTo("20");
		}
	}

	@Test
	void aSignUpWithMismatchedPasswordsShowsTheProblemOnThePage() throws Exception {
		try (Browser browser = Browser.open(this.port, Browser.DESKTOP)) {
			browser.go("/signup")
				.type("#email", "mismatch-" + UUID.randomUUID() + "@example.org")
				.type("#password", "a long password")
				.type("#confirm", "another long one")
				.click("main button[type=submit]");
			assertThat(browser.text(".error")).contains("do not match");
			assertThat(browser.path()).startsWith("/signup");
		}
	}

}
