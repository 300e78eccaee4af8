package dev.backstride.insight.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/today} with the load rules, and {@code GET /api/v1/load}, over HTTP on the real app. */
@BackstrideTest
class InsightApiTests {

	@LocalServerPort
	int port;

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	/** A screened, cleared runner whose latest check-in (today, no run, pain 1/2) is a "go" on its own. */
	ApiClient aRunnerAtGo() {
		return aRunnerAtGo("runner-" + java.util.UUID.randomUUID() + "@example.org");
	}

	ApiClient aRunnerAtGo(String email) {
		ApiClient api = new ApiClient(this.port).signUp(email);
		String answers = "{\"answers\":{" + java.util.Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",")) + "}}";
		assertThat(api.post("/api/v1/screenings/red-flags", answers).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":2}").status()).isEqualTo(201);
		return api;
	}

	static void run(ApiClient api, int daysAgo, long meters, String terrain, int painAfter) {
		Reply reply = api.post("/api/v1/runs", "{\"date\":\"" + TODAY.minusDays(daysAgo) + "\",\"durationSeconds\":"
				+ Math.max(60, meters * 6 / 10) + ",\"distanceMeters\":" + meters + ",\"terrain\":\"" + terrain
				+ "\",\"painDuring\":" + painAfter + ",\"painAfter\":" + painAfter + ",\"effort\":4}");
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
	}

	static List<String> ids(JsonNode array, String field) {
		List<String> ids = new ArrayList<>();
		array.forEach((node) -> ids.add(node.get(field).asString()));
		return ids;
	}

	@Test
	void aWeekOverThirtyPercentUpTurnsAGoIntoAModifyWithItsRuleIdAsData() {
		ApiClient api = aRunnerAtGo();
		assertThat(api.get("/api/v1/today").json().get("call").asString()).isEqualTo("GO");
		run(api, 10, 10000, "ROAD", 1);
		run(api, 2, 13010, "ROAD", 1);
		JsonNode today = api.get("/api/v1/today").json();
		assertThat(today.get("call").asString()).isEqualTo("MODIFY");
		assertThat(today.get("headline").asString()).isNotBlank();
		assertThat(today.get("advice").asString()).isNotBlank();
		assertThat(today.get("ruleIds").toString()).contains("\"PM-RULE\"", "\"L-WEEK\"");
		assertThat(today.get("reasons")).hasSize(today.get("findings").size());
		assertThat(ids(today.get("findings"), "ruleId")).containsExactly("PM-RULE", "L-WEEK");
		assertThat(ids(today.get("findings"), "severity")).containsExactly("GO", "MODIFY");
		assertThat(today.get("load").get("acwr").isNull()).as("23 km in 28 days: under 10 km a week").isTrue();
		assertThat(ids(today.get("load").get("flags"), "ruleId")).containsExactly("L-WEEK");
		assertThat(today.get("load").get("flags").get(0).get("reason").asString()).contains("Hold this week's distance");
	}

	/** The fields of a call that {@code POST /api/v1/checkins} and {@code GET /api/v1/today} both carry. */
	static final List<String> CALL_FIELDS = List.of("call", "headline", "advice", "ruleIds", "reasons", "adviceRuleId",
			"explained");

	@Test
	void aCheckInAnswersWithTheSameFullCallAsTodayGivesRightAfterIt() {
		ApiClient api = aRunnerAtGo();
		run(api, 10, 10000, "ROAD", 1);
		run(api, 2, 13010, "ROAD", 1);
		// today's check-in again (pain 1/2: a go on its own), and yesterday's for a day not yet checked in
		for (Reply posted : List.of(api.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":2}"),
				api.post("/api/v1/checkins", "{\"date\":\"" + TODAY.minusDays(1) + "\",\"painNow\":0,\"worstPain24h\":1}"),
				api.put("/api/v1/checkins/" + TODAY, "{\"painNow\":1,\"worstPain24h\":2}"))) {
			assertThat(posted.status()).as(posted.body()).isIn(200, 201);
			JsonNode answered = posted.json().get("today");
			JsonNode today = api.get("/api/v1/today").json();
			assertThat(answered.get("call").asString()).as("the load rules make it a modify").isEqualTo("MODIFY");
			assertThat(ids(answered.get("explained"), "ruleId")).containsExactly("PM-RULE", "L-WEEK");
			for (String field : CALL_FIELDS) {
				assertThat(answered.get(field)).as(field).isEqualTo(today.get(field));
			}
		}
	}

	@Test
	void thePreRunPageShowsTheSameFullCallAsTodayWithTheLoadRules() throws Exception {
		String email = "pre-run-" + java.util.UUID.randomUUID() + "@example.org";
		ApiClient api = aRunnerAtGo(email);
		run(api, 10, 10000, "ROAD", 1);
		run(api, 2, 13010, "ROAD", 1);
		assertThat(api.get("/api/v1/today").json().get("call").asString()).isEqualTo("MODIFY");
		String page = pageAs(email, "/program/pre-run");
		assertThat(page).contains("data-call=\"MODIFY\"").contains("Run, but shorter and easier")
			.doesNotContain("Go: run as planned");
	}

	@Test
	void theInsightsPageGivesDistancesInMilesToARunnerWhoChoseMiles() throws Exception {
		String email = "miles-" + java.util.UUID.randomUUID() + "@example.org";
		ApiClient api = aRunnerAtGo(email);
		Reply units = api.put("/api/v1/profile", "{\"age\":34,\"sex\":\"female\",\"yearsRunning\":6,\"weeklyDistanceKm\":16,\"terrain\":{\"road\":100},\"units\":\"MILES\"}");
		assertThat(units.status()).as(units.body()).isEqualTo(200);
		for (int w = 0; w < 6; w++) {
			run(api, w * 7 + 1, 16093, "ROAD", 1);
		}
		String page = pageAs(email, "/insights");
		assertThat(page).contains("In the last 7 days you ran 10.0 mi").contains("\"unit\":\"mi\"")
			.contains("\"distance\":10.0").contains("Miles per week").doesNotContain("16.1 km");
	}

	@Test
	void todaysCallGivesTheLoadReasonsInMilesToARunnerWhoChoseMiles() throws Exception {
		String email = "miles-call-" + java.util.UUID.randomUUID() + "@example.org";
		ApiClient api = aRunnerAtGo(email);
		assertThat(api.put("/api/v1/profile", "{\"age\":34,\"units\":\"MILES\"}").status()).isEqualTo(200);
		run(api, 10, 10000, "ROAD", 1);
		run(api, 2, 13010, "ROAD", 1);
		String reason = "You ran 8.1 mi in the last 7 days, over 30% more than the 6.2 mi of the 7 days before.";
		assertThat(pageAs(email, "/")).contains(reason).doesNotContain("13 km");
		assertThat(pageAs(email, "/program/pre-run")).contains(reason).doesNotContain("13 km");
		assertThat(api.get("/api/v1/today").json().get("reasons").toString()).contains(reason);
	}

	/** A page as the runner with this email sees it, signed in through the login form. */
	private String pageAs(String email, String path) throws Exception {
		var http = java.net.http.HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(java.net.http.HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + this.port;
		String login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(email) + "&password=" + enc(ApiClient.PASSWORD);
		var signedIn = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aSteepRatioIsACautionThatLeavesTheCallAtGo() {
		ApiClient api = aRunnerAtGo();
		// 20 km 8-13 days ago, 26 km in the last 7: +30% exactly (no L-WEEK), ratio 26 / (46 / 4) = 2.26
		run(api, 10, 20000, "ROAD", 1);
		run(api, 1, 26000, "ROAD", 1);
		JsonNode today = api.get("/api/v1/today").json();
		assertThat(today.get("call").asString()).isEqualTo("GO");
		assertThat(today.get("load").get("acwr").asDouble()).isEqualTo(2.26);
		assertThat(ids(today.get("findings"), "ruleId")).containsExactly("PM-RULE", "L-ACWR");
		JsonNode load = api.get("/api/v1/load").json();
		assertThat(load.get("weeks")).hasSize(12);
		assertThat(load.get("acwr").asDouble()).isEqualTo(2.26);
		assertThat(load.get("acwrBand").asString()).isEqualTo("FLAGGED");
		assertThat(ids(load.get("flags"), "ruleId")).containsExactly("L-ACWR");
		double total = 0;
		for (JsonNode week : load.get("weeks")) {
			assertThat(LocalDate.parse(week.get("weekStart").asString()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
			total += week.get("distanceKm").asDouble();
		}
		assertThat(total).isEqualTo(46.0);
	}

	@Test
	void aPausedRunnerGetsNoRunningAdviceButStillSeesTheDistances() {
		ApiClient api = new ApiClient(this.port).signUp();
		JsonNode today = api.get("/api/v1/today").json();
		assertThat(today.get("call").asString()).isEqualTo("PAUSED");
		assertThat(today.get("load").get("flags")).isEmpty();
		assertThat(ids(today.get("findings"), "ruleId")).containsExactly("RF-SCREEN");
		assertThat(api.get("/api/v1/load?weeks=3").json().get("weeks")).hasSize(3);
	}

	@Test
	void aTerrainAdviceAndTheLadderFollowAStop() {
		ApiClient api = new ApiClient(this.port).signUp();
		String answers = "{\"answers\":{" + java.util.Arrays.stream(RedFlagItem.values())
			.map((item) -> "\"" + item.id() + "\":false")
			.collect(Collectors.joining(",")) + "}}";
		api.post("/api/v1/screenings/red-flags", answers);
		api.post("/api/v1/screenings/clearance", "{\"advised\":true}");
		api.post("/api/v1/checkins", "{\"painNow\":3,\"worstPain24h\":7}");
		JsonNode today = api.get("/api/v1/today").json();
		assertThat(today.get("call").asString()).isEqualTo("STOP");
		assertThat(ids(today.get("findings"), "ruleId")).contains("PM-RULE", "L-RETURN", "L-TERRAIN");
	}

	@ParameterizedTest(name = "weeks={0} -> {1}")
	@CsvSource({ "0, 400", "105, 400", "abc, 400", "-3, 400", "1.5, 400", "1, 200", "104, 200", "' 7 ', 200" })
	void weeksOutsideOneToOneHundredAndFourIsABadRequestNamingTheField(String weeks, int status) {
		ApiClient api = new ApiClient(this.port).signUp();
		Reply reply = api.get("/api/v1/load?weeks=" + java.net.URLEncoder.encode(weeks, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(reply.status()).isEqualTo(status);
		if (status == 400) {
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.json().get("detail").asString()).isEqualTo("weeks must be a whole number from 1 to 104.");
		}
		else {
			assertThat(reply.json().get("weeks")).hasSize(Integer.parseInt(weeks.trim()));
		}
	}

}
