package dev.backstride.checkin.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import dev.backstride.WebClient;
import dev.backstride.checkin.CheckIns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Runners change and delete their own check-ins by day, through the API and on the check-in page. */
@BackstrideTest
class CheckInEditTests {

	private static final String PAIN = "{\"painNow\":2,\"worstPain24h\":4,\"locations\":[\"BUTTOCK\"]}";

	@LocalServerPort
	int port;

	@Autowired
	CheckIns checkIns;

	@Test
	void aCheckInIsChangedAndDeletedByItsDay() {
		ApiClient runner = new ApiClient(this.port).signUp();
		String yesterday = this.checkIns.today().minusDays(1).toString();
		assertThat(runner.post("/api/v1/checkins", PAIN.replace("}", ",\"date\":\"" + yesterday + "\"}")).status())
			.isEqualTo(201);

		ApiClient.Reply changed = runner.put("/api/v1/checkins/" + yesterday, "{\"painNow\":1,\"worstPain24h\":3}");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("updated").asBoolean()).isTrue();
		assertThat(runner.get("/api/v1/checkins").json()).hasSize(1);
		assertThat(runner.get("/api/v1/checkins").json().get(0).get("worstPain24h").asInt()).isEqualTo(3);

		assertThat(runner.delete("/api/v1/checkins/" + yesterday).status()).isEqualTo(204);
		assertThat(runner.get("/api/v1/checkins").json()).isEmpty();
		ApiClient.Reply again = runner.delete("/api/v1/checkins/" + yesterday);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.json().get("detail").asString()).startsWith("You have no check-in on ").endsWith(".");
	}

	@Test
	void aChangeNeedsACheckInOnThatDayAndOneDay() {
		ApiClient runner = new ApiClient(this.port).signUp();
		LocalDate today = this.checkIns.today();
		assertThat(runner.put("/api/v1/checkins/" + today, PAIN).status()).as("a new day is a POST").isEqualTo(404);
		assertThat(runner.post("/api/v1/checkins", PAIN).status()).isEqualTo(201);
		ApiClient.Reply otherDay = runner.put("/api/v1/checkins/" + today,
				PAIN.replace("}", ",\"date\":\"" + today.minusDays(1) + "\"}"));
		assertThat(otherDay.status()).isEqualTo(400);
		assertThat(otherDay.json().get("detail").asString()).contains("differ");
		assertThat(runner.delete("/api/v1/checkins/yesterday").status()).isEqualTo(400);
		assertThat(runner.put("/api/v1/checkins/" + today.plusDays(1), PAIN).status()).isEqualTo(400);
		assertThat(runner.get("/api/v1/checkins").json()).hasSize(1);
	}

	@Test
	void thePageOpensADayAlreadyCheckedInWithItsAnswersAndDeletesIt() {
		WebClient web = new WebClient();
		web.get(this.port, "/signup");
		web.form(this.port, "/signup", "email", "edit-" + UUID.randomUUID() + "@example.org", "password",
				"a long password", "confirm", "a long password");
		LocalDate day = this.checkIns.today().minusDays(2);
		String empty = web.get(this.port, "/checkin?date=" + day).body();
		assertThat(empty).doesNotContain("You already checked in for this day");
		web.form(this.port, "/checkin", "date", day.toString(), "painNow", "3", "worstPain24h", "5", "locations",
				"ONE_SIDE");
		String page = web.get(this.port, "/checkin?date=" + day).body().replaceAll("\\s+", " ");
		assertThat(page).contains("You already checked in for this day; saving will update it.")
			.contains("value=\"" + day + "\" selected")
			.containsPattern("value=\"ONE_SIDE\"[^>]*checked");
		var saved = web.form(this.port, "/checkin", "date", day.toString(), "painNow", "2", "worstPain24h", "5");
		assertThat(web.get(this.port, WebClient.location(saved)).body()).contains("Check-in updated");
		String list = web.get(this.port, "/checkin").body();
		assertThat(list).contains("pain 2/10 now, worst 5/10");
		web.form(this.port, "/checkin/delete", "date", day.toString());
		assertThat(web.get(this.port, "/checkin").body()).contains("is deleted").doesNotContain("pain 2/10 now");
		assertThat(web.get(this.port, "/checkin?date=" + this.checkIns.today().plusDays(1)).body())
			.contains("has not come yet");
	}

}
