package dev.backstride.checkin.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-ins and today's call through the API: the pain-monitoring boundaries and the pauses. */
@BackstrideTest
class CheckInApiTests {

	private static final String CHECKINS = "/api/v1/checkins";

	private static final String TODAY = "/api/v1/today";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "pain during {0}, next morning {1}, stride changed {2} → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			0 | BETTER         | false | GO
			3 | SAME           | false | GO
			4 | SAME           | false | MODIFY
			5 | SAME           | false | MODIFY
			6 | SAME           | false | STOP
			3 | SLIGHTLY_WORSE | false | MODIFY
			3 | WORSE          | false | STOP
			5 | SLIGHTLY_WORSE | false | MODIFY
			2 | SAME           | true  | STOP
			""")
	void aRunCheckInGivesTheCallOfThePainMonitoringRule(int painDuringRun, String nextMorning, boolean stride,
			String call) {
		ApiClient runner = activeRunner();
		Reply logged = runner.post(CHECKINS, "{\"painNow\":1,\"worstPain24h\":2,\"painDuringRun\":" + painDuringRun
				+ ",\"nextMorning\":\"" + nextMorning + "\",\"painRoseAndChangedStride\":" + stride + "}");
		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		assertThat(logged.json().get("today").get("call").asString()).isEqualTo(call);
		Reply today = runner.get(TODAY);
		assertThat(today.json().get("call").asString()).isEqualTo(call);
		// today's call also carries the terrain and return advice of the insight module (L-TERRAIN, L-RETURN)
		assertThat(strings(today, "ruleIds")).startsWith("PM-RULE").isSubsetOf("PM-RULE", "L-TERRAIN", "L-RETURN");
		assertThat(strings(today, "reasons")).isNotEmpty()
			.allSatisfy(reason -> assertThat(reason).doesNotContain("PM-RULE").doesNotContain("L-TERRAIN"));
		assertThat(today.json().get("explained")).isNotEmpty()
			.anySatisfy(reason -> assertThat(reason.path("ruleId").asString()).isEqualTo("PM-RULE"));
	}

	@ParameterizedTest(name = "no run, worst pain {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			3 | GO
			4 | MODIFY
			5 | MODIFY
			6 | STOP
			""")
	void withoutARunTheWorstPainOfTheDayDecides(int worst, String call) {
		ApiClient runner = activeRunner();
		runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":" + worst + "}");
		assertThat(runner.get(TODAY).json().get("call").asString()).isEqualTo(call);
	}

	@Test
	void theCallIsPausedBeforeTheSafetyQuestionsAndUntilClearance() {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply before = runner.get(TODAY);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.json().get("call").asString()).isEqualTo("PAUSED");
		assertThat(strings(before, "ruleIds")).contains("RF-SCREEN");
		Reply logged = runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":0}");
		assertThat(logged.json().get("today").get("call").asString()).isEqualTo("PAUSED");
		runner.post("/api/v1/screenings/red-flags", redFlags());
		Reply needsClearance = runner.get(TODAY);
		assertThat(needsClearance.json().get("call").asString()).isEqualTo("PAUSED");
		assertThat(strings(needsClearance, "ruleIds")).contains("RF-CLEAR");
		runner.post("/api/v1/screenings/clearance", "{\"advised\":true}");
		assertThat(runner.get(TODAY).json().get("call").asString()).isEqualTo("GO");
	}

	@Test
	void noCheckInYetMeansModifyNotGo() {
		Reply today = activeRunner().get(TODAY);
		assertThat(today.json().get("call").asString()).isEqualTo("MODIFY");
		assertThat(strings(today, "ruleIds")).containsExactly("PM-RULE", "L-TERRAIN");
	}

	@Test
	void anEmergencyPausesTheCallWhateverTheCheckInSays() {
		ApiClient runner = activeRunner();
		runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":0,\"painDuringRun\":0,\"nextMorning\":\"SAME\"}");
		assertThat(runner.get(TODAY).json().get("call").asString()).isEqualTo("GO");
		runner.post("/api/v1/screenings/red-flags", redFlags("ces.both_legs"));
		Reply today = runner.get(TODAY);
		assertThat(today.json().get("call").asString()).isEqualTo("PAUSED");
		assertThat(strings(today, "ruleIds")).contains("RF-CES");
		Reply logged = runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":0}");
		assertThat(logged.json().get("today").get("call").asString()).isEqualTo("PAUSED");
		runner.post("/api/v1/screenings/clinician-assessed", "");
		assertThat(runner.get(TODAY).json().get("call").asString()).isNotEqualTo("PAUSED");
	}

	@Test
	void newOrChangedSymptomsPauseTheCallUntilTheSafetyQuestionsAreAnsweredAgain() {
		ApiClient runner = activeRunner();
		Reply logged = runner.post(CHECKINS, "{\"painNow\":1,\"worstPain24h\":2,\"newOrChangedSymptoms\":true}");
		assertThat(logged.status()).isEqualTo(201);
		assertThat(logged.json().get("screeningRequired").asBoolean()).isTrue();
		assertThat(logged.json().get("today").get("call").asString()).isEqualTo("PAUSED");
		Reply paused = runner.get(TODAY);
		assertThat(paused.json().get("call").asString()).isEqualTo("PAUSED");
		assertThat(strings(paused, "ruleIds")).containsExactly("RF-SCREEN");
		assertThat(runner.post("/api/v1/screenings/red-flags", redFlags()).json().get("outcome").asString())
			.isEqualTo("SELF_MANAGE");
		assertThat(runner.get(TODAY).json().get("call").asString()).isEqualTo("GO");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			pain now 11                   | {"painNow":11,"worstPain24h":11}
			pain now -1                   | {"painNow":-1,"worstPain24h":2}
			pain now as a word            | {"painNow":"x","worstPain24h":2}
			pain now a fraction           | {"painNow":1.5,"worstPain24h":2}
			worst pain 11                 | {"painNow":1,"worstPain24h":11}
			pain now above the worst      | {"painNow":5,"worstPain24h":4}
			no pain now                   | {"worstPain24h":4}
			no worst pain                 | {"painNow":1}
			unknown location              | {"painNow":1,"worstPain24h":2,"locations":["KNEECAP"]}
			unknown kind                  | {"painNow":1,"worstPain24h":2,"kinds":["BURNING"]}
			unknown timing                | {"painNow":1,"worstPain24h":2,"timing":["AT_LUNCH"]}
			unknown next morning          | {"painNow":1,"worstPain24h":2,"painDuringRun":2,"nextMorning":"AWFUL"}
			pain during the run 11        | {"painNow":1,"worstPain24h":2,"painDuringRun":11}
			stride changed without a run  | {"painNow":1,"worstPain24h":2,"painRoseAndChangedStride":true}
			locations not a list          | {"painNow":1,"worstPain24h":2,"locations":7}
			an array body                 | [1,2]
			a day not come yet            | {"painNow":1,"worstPain24h":2,"date":"+1"}
			fifteen days back             | {"painNow":1,"worstPain24h":2,"date":"-15"}
			a date that is not a date     | {"painNow":1,"worstPain24h":2,"date":"2026-02-30"}
			a date in another format      | {"painNow":1,"worstPain24h":2,"date":"03/10/2026"}
			""")
	void aBadCheckInIsAProblemAndNothingIsStored(String name, String body) {
		ApiClient runner = activeRunner();
		runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":1,\"painDuringRun\":1,\"nextMorning\":\"SAME\"}");
		assertProblem(runner.post(CHECKINS, relativeDates(body)));
		assertNothingNewStored(runner);
	}

	@ParameterizedTest(name = "{0} days back")
	@CsvSource({ "0", "1", "13", "14" })
	void aCheckInMayBeForTodayOrUpToFourteenDaysBack(int back) {
		ApiClient runner = activeRunner();
		Reply logged = runner.post(CHECKINS, "{\"painNow\":1,\"worstPain24h\":2,\"date\":\"" + daysBack(back) + "\"}");
		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		assertThat(logged.json().get("updated").asBoolean()).isFalse();
		assertThat(runner.get(CHECKINS).json().get(0).get("date").asString()).isEqualTo(daysBack(back).toString());
	}

	@Test
	void aSecondCheckInForADayReplacesTheFirst() {
		ApiClient runner = activeRunner();
		assertThat(runner.post(CHECKINS, "{\"painNow\":1,\"worstPain24h\":2,\"date\":\"" + daysBack(2) + "\"}")
			.status()).isEqualTo(201);
		assertThat(runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":1}").status()).isEqualTo(201);
		Reply again = runner.post(CHECKINS,
				"{\"painNow\":4,\"worstPain24h\":6,\"kinds\":[\"ACHE\"],\"date\":\"" + daysBack(2) + "\"}");
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("updated").asBoolean()).isTrue();
		Reply history = runner.get(CHECKINS);
		assertThat(history.json().size()).isEqualTo(2);
		assertThat(history.json().get(1).get("date").asString()).isEqualTo(daysBack(2).toString());
		assertThat(history.json().get(1).get("worstPain24h").asInt()).isEqualTo(6);
		assertThat(strings(history.json().get(1), "kinds")).containsExactly("ACHE");
		// today's pain rule reads today's check-in; the stop-level day filled in later starts the walk-run return
		// and keeps trails off for two weeks
		Reply today = runner.get(TODAY);
		assertThat(today.json().get("call").asString()).isEqualTo("MODIFY");
		assertThat(strings(today, "ruleIds")).containsExactly("PM-RULE", "L-RETURN", "L-TERRAIN");
	}

	/** "+1" and "-15" in a body stand for the date that many days from today, in the app's zone. */
	private static String relativeDates(String body) {
		Matcher m = Pattern.compile("\"date\":\"([+-]\\d+)\"").matcher(body);
		return m.find() ? m.replaceFirst("\"date\":\"" + daysBack(-Integer.parseInt(m.group(1))) + "\"") : body;
	}

	private static LocalDate daysBack(int days) {
		return LocalDate.now().minusDays(days);
	}

	@Test
	void anEmptyWronglyTypedOrOversizedCheckInIsAProblemAndNothingIsStored() {
		ApiClient runner = activeRunner();
		runner.post(CHECKINS, "{\"painNow\":0,\"worstPain24h\":1,\"painDuringRun\":1,\"nextMorning\":\"SAME\"}");
		assertProblem(runner.post(CHECKINS, ""));
		assertProblem(runner.send("POST", CHECKINS, "text/plain", "{\"painNow\":9,\"worstPain24h\":9}"));
		assertTooLarge(runner.post(CHECKINS,
				"{\"painNow\":9,\"worstPain24h\":9,\"locations\":[" + "\"CENTRAL\",".repeat(30_000) + "\"CENTRAL\"]}"));
		assertNothingNewStored(runner);
	}

	@Test
	void theHistoryListsCheckInsNewestFirstWithWhatWasSent() {
		ApiClient runner = activeRunner();
		runner.post(CHECKINS, "{\"painNow\":2,\"worstPain24h\":3,\"locations\":[\"central\",\"BUTTOCK\"],"
				+ "\"kinds\":[\"ACHE\"],\"timing\":[\"AFTER_RUN\"],\"date\":\"" + daysBack(1) + "\"}");
		runner.post(CHECKINS, "{\"painNow\":1,\"worstPain24h\":4,\"painDuringRun\":3,\"nextMorning\":\"BETTER\"}");
		Reply history = runner.get(CHECKINS);
		assertThat(history.json().size()).isEqualTo(2);
		assertThat(history.json().get(0).get("worstPain24h").asInt()).isEqualTo(4);
		assertThat(history.json().get(0).get("nextMorning").asString()).isEqualTo("BETTER");
		assertThat(strings(history.json().get(1), "locations")).containsExactly("BUTTOCK", "CENTRAL");
	}

	private void assertNothingNewStored(ApiClient runner) {
		Reply history = runner.get(CHECKINS);
		assertThat(history.json().size()).isEqualTo(1);
		assertThat(history.json().get(0).get("painNow").asInt()).isZero();
		assertThat(runner.get(TODAY).json().get("call").asString()).isEqualTo("GO");
	}

	private ApiClient activeRunner() {
		ApiClient runner = new ApiClient(this.port).signUp();
		runner.put("/api/v1/profile", "{\"age\":35,\"sex\":\"MALE\"}");
		assertThat(runner.post("/api/v1/screenings/red-flags", redFlags()).json().get("outcome").asString())
			.isEqualTo("SELF_MANAGE");
		assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").json().get("status").asString())
			.isEqualTo("ACTIVE");
		return runner;
	}

	private static String redFlags(String... yes) {
		List<String> pairs = new ArrayList<>();
		for (RedFlagItem item : RedFlagItem.values()) {
			pairs.add("\"" + item.id() + "\":" + List.of(yes).contains(item.id()));
		}
		return "{\"answers\":{" + String.join(",", pairs) + "}}";
	}

	private static List<String> strings(Reply reply, String field) {
		return strings(reply.json(), field);
	}

	private static List<String> strings(tools.jackson.databind.JsonNode node, String field) {
		List<String> values = new ArrayList<>();
		node.get(field).forEach(value -> values.add(value.asString()));
		return values;
	}

	private static void assertProblem(Reply reply) {
		assertProblem(reply, 400);
	}

	/** A body over its limit: 413 Content Too Large, as problem details. */
	private static void assertTooLarge(Reply reply) {
		assertProblem(reply, 413);
	}

	private static void assertProblem(Reply reply, int status) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(status);
	}

}
