package dev.backstride.program.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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

/** The program's API over real HTTP: the plan's shape, sessions, self-tests, core days and bad input. */
@BackstrideTest
class ProgramApiTests {

	static final String CORE_DONE = """
			{"kind":"CORE","painDuring":%d,"date":"%s","exercises":[
			 {"id":"EX-REACH","sets":[{"side":"LEFT","reps":8},{"side":"RIGHT","reps":8}]},
			 {"id":"EX-CRUNCH","sets":[{"reps":12}]}]}""";

	@LocalServerPort
	int port;

	@Test
	void aNewRunnersPlanIsPausedUntilTheSafetyQuestionsAreAnswered() {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply plan = runner.get("/api/v1/plan");
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.json().get("state").asString()).isEqualTo("PAUSED");
		assertThat(strings(plan.json(), "ruleIds")).contains("P-PAUSE", "RF-SCREEN");
		assertThat(plan.json().get("exercises")).isEmpty();
		assertThat(strings(plan.json(), "pauseReasons")).singleElement().asString().contains("safety questions")
			.doesNotContain("RF-");
	}

	@Test
	void aSeeAClinicianFlagPausesThePlan() {
		ApiClient runner = activeRunner(this.port);
		runner.post("/api/v1/screenings/red-flags", redFlags("cancer.history"));
		JsonNode plan = runner.get("/api/v1/plan").json();
		assertThat(plan.get("state").asString()).isEqualTo("PAUSED");
		assertThat(strings(plan, "ruleIds")).contains("P-PAUSE", "RF-CANCER");
		assertThat(strings(plan, "pauseReasons").get(0)).contains("clinician");
	}

	@Test
	void anActivePlanStartsEveryExerciseAtTheLowEndOfItsRange() {
		JsonNode plan = activeRunner(this.port).get("/api/v1/plan").json();
		assertThat(plan.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(strings(plan, "coreDays")).containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
		assertThat(strings(plan, "ruleIds")).contains("P-SELECT", "P-START");
		List<String> summary = new ArrayList<>();
		plan.get("exercises").forEach((e) -> summary.add(e.get("id").asString() + " " + e.get("step").asInt() + " "
				+ e.get("reps").asInt() + "x" + e.get("sets").asInt() + " hold " + e.get("holdSeconds").asInt() + " "
				+ e.get("perSide").asBoolean() + " " + e.get("ruleId").asString()));
		assertThat(summary).containsExactly("EX-SWING 1 12x1 hold 0 true P-START", "EX-REACH 1 8x1 hold 0 true P-START",
				"EX-CRUNCH 1 12x1 hold 0 false P-START");
		JsonNode reach = plan.get("exercises").get(1);
		assertThat(reach.get("name").asString()).isEqualTo("Reach and tuck");
		assertThat(reach.get("instructions")).hasSizeGreaterThan(2);
		assertThat(reach.get("restSeconds").asInt()).isPositive();
		assertThat(plan.get("drills").get(0).get("id").asString()).as("no pelvis measurement yet").isEqualTo("EX-MIRROR");
	}

	@Test
	void aSessionIsCompletedWhenEveryPrescribedSetAndSideReachedItsRepetitions() {
		ApiClient runner = activeRunner(this.port);
		Reply done = runner.post("/api/v1/sessions", CORE_DONE.formatted(2, today()));
		assertThat(done.status()).as(done.body()).isEqualTo(201);
		assertThat(done.json().get("completed").asBoolean()).isTrue();
		assertThat(done.json().get("id").asLong()).isPositive();
		Reply oneSide = runner.post("/api/v1/sessions", """
				{"kind":"CORE","painDuring":2,"exercises":[
				 {"id":"EX-REACH","sets":[{"side":"LEFT","reps":8},{"side":"LEFT","reps":8}]},
				 {"id":"EX-CRUNCH","sets":[{"reps":12}]}]}""");
		assertThat(oneSide.json().get("completed").asBoolean()).isFalse();
		Reply swings = runner.post("/api/v1/sessions", """
				{"kind":"PRE_RUN","painDuring":1,"exercises":[
				 {"id":"EX-SWING","sets":[{"side":"LEFT","reps":12},{"side":"RIGHT","reps":11}]}]}""");
		assertThat(swings.json().get("completed").asBoolean()).isFalse();
		assertThat(runner.get("/api/v1/sessions").json()).hasSize(3);
	}

	@Test
	void twoGoodSessionsAndAGoodMorningStepBothCoreExercisesUp() {
		ApiClient runner = activeRunner(this.port);
		String yesterday = today().minusDays(1).toString();
		runner.post("/api/v1/sessions", CORE_DONE.formatted(3, yesterday));
		runner.post("/api/v1/sessions", CORE_DONE.formatted(1, yesterday));
		assertThat(runner.get("/api/v1/plan/history").json()).as("no next-morning answer yet").isEmpty();
		runner.post("/api/v1/checkins", "{\"painNow\":1,\"worstPain24h\":2,\"painDuringRun\":2,\"nextMorning\":\"SAME\"}");
		JsonNode history = runner.get("/api/v1/plan/history").json();
		assertThat(history).hasSize(2);
		JsonNode reach = history.get(0).get("exercise").asString().equals("EX-REACH") ? history.get(0) : history.get(1);
		assertThat(reach.get("date").asString()).isEqualTo(yesterday);
		assertThat(reach.get("fromStep").asInt()).isEqualTo(1);
		assertThat(reach.get("toStep").asInt()).isEqualTo(2);
		assertThat(reach.get("ruleId").asString()).isEqualTo("P-UP");
		assertThat(reach.get("reason").asString()).startsWith("Reach and tuck: 8 → 9 per leg on ").doesNotContain("P-UP");
		JsonNode plan = runner.get("/api/v1/plan").json();
		assertThat(plan.get("exercises").get(1).get("reps").asInt()).isEqualTo(9);
		assertThat(plan.get("exercises").get(1).get("ruleId").asString()).isEqualTo("P-UP");
	}

	@Test
	void aSelfTestGivesItsContributorsAndThePlanShowsWhichTestFoundThem() {
		ApiClient runner = activeRunner(this.port);
		Reply ham = runner.post("/api/v1/self-tests", "{\"test\":\"T-HAM\",\"left\":64,\"right\":71}");
		assertThat(ham.status()).as(ham.body()).isEqualTo(201);
		assertThat(ham.json().get("contributors").get(0).get("id").asString()).isEqualTo("C-HAM");
		Reply core = runner.post("/api/v1/self-tests",
				"{\"test\":\"T-CORE\",\"plankSeconds\":45,\"sidePlankLeft\":30,\"sidePlankRight\":40}");
		assertThat(core.json().get("contributors").get(0).get("id").asString()).isEqualTo("C-CORE");
		Reply hip = runner.post("/api/v1/self-tests",
				"{\"test\":\"T-HIPFLEX\",\"leftThighLifts\":true,\"rightThighLifts\":false}");
		assertThat(hip.json().get("contributors").get(0).get("foundBy").asString()).isEqualTo("T-HIPFLEX");
		List<String> found = new ArrayList<>();
		runner.get("/api/v1/plan").json().get("contributors")
			.forEach((c) -> found.add(c.get("id").asString() + " by " + c.get("foundBy").asString()));
		assertThat(found).containsExactly("C-CORE by T-CORE", "C-CORE by T-HIPFLEX", "C-HAM by T-HAM");
		runner.post("/api/v1/self-tests", "{\"test\":\"T-HAM\",\"left\":75,\"right\":71}");
		assertThat(runner.get("/api/v1/plan").body()).as("re-tested: the latest result counts").doesNotContain("C-HAM");
		assertThat(runner.get("/api/v1/self-tests").json()).hasSize(4);
	}

	@Test
	void coreDaysAreChosenByTheRunnerAndNeverTwoInARow() {
		ApiClient runner = activeRunner(this.port);
		Reply chosen = runner.put("/api/v1/plan/core-days", "{\"days\":[\"TUESDAY\",\"THURSDAY\",\"SUNDAY\"]}");
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(strings(runner.get("/api/v1/plan").json(), "coreDays")).containsExactly("TUESDAY", "THURSDAY",
				"SUNDAY");
		Reply inARow = runner.put("/api/v1/plan/core-days", "{\"days\":[\"SUNDAY\",\"MONDAY\",\"WEDNESDAY\"]}");
		assertThat(inARow.status()).isEqualTo(400);
		assertThat(inARow.json().get("detail").asString()).contains("'days'", "Sunday and Monday");
		assertThat(strings(runner.get("/api/v1/plan").json(), "coreDays")).containsExactly("TUESDAY", "THURSDAY",
				"SUNDAY");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			unknown exercise | {"kind":"CORE","painDuring":1,"exercises":[{"id":"EX-PLANK","sets":[{"reps":8}]}]} | exercises[0].id
			negative reps | {"kind":"CORE","painDuring":1,"exercises":[{"id":"EX-CRUNCH","sets":[{"reps":-1}]}]} | exercises[0].sets[0].reps
			absurd reps | {"kind":"CORE","painDuring":1,"exercises":[{"id":"EX-CRUNCH","sets":[{"reps":100000}]}]} | exercises[0].sets[0].reps
			pain above 10 | {"kind":"CORE","painDuring":11,"exercises":[{"id":"EX-CRUNCH","sets":[{"reps":8}]}]} | painDuring
			future date | {"date":"2999-01-01","kind":"CORE","painDuring":1,"exercises":[{"id":"EX-CRUNCH","sets":[{"reps":8}]}]} | date
			too far back | {"date":"2000-01-01","kind":"CORE","painDuring":1,"exercises":[{"id":"EX-CRUNCH","sets":[{"reps":8}]}]} | date
			no side | {"kind":"CORE","painDuring":1,"exercises":[{"id":"EX-REACH","sets":[{"reps":8}]}]} | exercises[0].sets[0].side
			swings on a core day | {"kind":"CORE","painDuring":1,"exercises":[{"id":"EX-SWING","sets":[{"side":"LEFT","reps":8}]}]} | exercises[0].id
			unknown kind | {"kind":"YOGA","painDuring":1,"exercises":[{"id":"EX-CRUNCH","sets":[{"reps":8}]}]} | kind
			not JSON | kind=CORE | body
			""")
	void badSessionsAreRefusedNamingTheFieldAndNothingIsStored(String what, String body, String field) {
		ApiClient runner = activeRunner(this.port);
		Reply reply = runner.post("/api/v1/sessions", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		if (!field.equals("body")) {
			assertThat(reply.json().get("detail").asString()).contains("'" + field + "'");
		}
		assertThat(runner.get("/api/v1/sessions").json()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			unknown test | {"test":"T-SPRINT","left":1,"right":1} | test
			negative angle | {"test":"T-HAM","left":-5,"right":70} | left
			absurd plank | {"test":"T-CORE","plankSeconds":99999,"sidePlankLeft":1,"sidePlankRight":1} | plankSeconds
			missing answer | {"test":"T-HIPFLEX","leftThighLifts":true} | rightThighLifts
			""")
	void badSelfTestsAreRefusedNamingTheFieldAndNothingIsStored(String what, String body, String field) {
		ApiClient runner = activeRunner(this.port);
		Reply reply = runner.post("/api/v1/self-tests", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains("'" + field + "'");
		assertThat(runner.get("/api/v1/self-tests").json()).isEmpty();
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	static ApiClient activeRunner(int port) {
		ApiClient runner = new ApiClient(port).signUp();
		runner.put("/api/v1/profile", "{\"age\":35,\"sex\":\"MALE\"}");
		assertThat(runner.post("/api/v1/screenings/red-flags", redFlags()).json().get("outcome").asString())
			.isEqualTo("SELF_MANAGE");
		assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").status()).isEqualTo(200);
		return runner;
	}

	static String redFlags(String... yes) {
		List<String> pairs = new ArrayList<>();
		for (RedFlagItem item : RedFlagItem.values()) {
			pairs.add("\"" + item.id() + "\":" + List.of(yes).contains(item.id()));
		}
		return "{\"answers\":{" + String.join(",", pairs) + "}}";
	}

	static List<String> strings(JsonNode json, String field) {
		List<String> values = new ArrayList<>();
		json.get(field).forEach((v) -> values.add(v.asString()));
		return values;
	}

}
