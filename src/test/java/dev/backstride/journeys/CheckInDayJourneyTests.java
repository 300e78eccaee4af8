package dev.backstride.journeys;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner on a phone chooses yesterday in the check-in's day list and fills the form: the day opens
 * as soon as it is chosen, the form says which day it saves, and the answers land on yesterday, not
 * on today's check-in.
 */
@BackstrideTest
class CheckInDayJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void aDayChosenInTheListIsTheDayTheCheckInIsSavedFor() throws Exception {
		String email = "checkin-day-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port).signUp(email);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(api.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":2}").status()).isEqualTo(201);
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/login").type("input[name=username]", email).type("input[name=password]", ApiClient.PASSWORD);
			browser.click("main button[type=submit]");
			browser.waitForPath("/");
			browser.go("/checkin");
			assertThat(browser.text("#saving-for")).startsWith("This check-in is for Today");
			new Select(browser.find("#date-choice")).selectByValue(today.minusDays(1).toString());
			browser.waitForPath("/checkin?date=" + today.minusDays(1));
			assertThat(browser.text("#saving-for")).startsWith("This check-in is for Yesterday");
			browser.choose("painNow", "4").choose("worstPain24h", "5");
			browser.click("#checkin button[type=submit]");
			browser.waitForPathIs("/");
			var checkIns = api.get("/api/v1/checkins?limit=10").json();
			assertThat(checkIns.size()).isEqualTo(2);
			checkIns.forEach((c) -> assertThat(c.get("painNow").asInt()).as(c.toString())
				.isEqualTo(c.get("date").asString().equals(today.toString()) ? 1 : 4));
		}
	}

	@Test
	void deletingACheckInAsksFirstAndKeepsItWhenTheRunnerSaysNo() throws Exception {
		String email = "checkin-delete-" + UUID.randomUUID() + "@example.org";
		ApiClient api = new ApiClient(this.port).signUp(email);
		assertThat(api.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":2}").status()).isEqualTo(201);
		try (Browser browser = Browser.open(this.port, Browser.PHONE)) {
			browser.go("/login").type("input[name=username]", email).type("input[name=password]", ApiClient.PASSWORD);
			browser.click("main button[type=submit]");
			browser.waitForPath("/");
			browser.go("/checkin");
			browser.click("#recent form[data-confirm] button");
			Alert asked = browser.driver().switchTo().alert();
			assertThat(asked.getText()).startsWith("Delete your check-in of ").endsWith("This cannot be undone.");
			asked.dismiss();
			assertThat(api.get("/api/v1/checkins?limit=10").json().size()).as("kept").isEqualTo(1);
			browser.click("#recent form[data-confirm] button");
			browser.driver().switchTo().alert().accept();
			browser.waitForPathIs("/checkin");
			assertThat(browser.pageText()).contains("is deleted");
			assertThat(api.get("/api/v1/checkins?limit=10").json().size()).isZero();
		}
	}

}
