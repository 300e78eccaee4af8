package dev.backstride.screening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.ApiClient.Reply;
import dev.backstride.BackstrideTest;
import dev.backstride.screening.RedFlagItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The danger-sign and questionnaire API as a client sees it: real HTTP, bearer token, JSON. */
@BackstrideTest
class ScreeningApiTests {

	private static final String RED_FLAGS = "/api/v1/screenings/red-flags";

	private static final String RISK = "/api/v1/questionnaires/risk/responses";

	private static final String FUNCTION = "/api/v1/questionnaires/function/responses";

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} alone at age {1} gives {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			ces.bladder                | 40 | EMERGENCY     | RF-CES
			ces.bowel                  | 40 | EMERGENCY     | RF-CES
			ces.saddle                 | 40 | EMERGENCY     | RF-CES
			ces.both_legs              | 40 | EMERGENCY     | RF-CES
			ces.weakness_worsening     | 40 | EMERGENCY     | RF-CES
			ces.sexual                 | 40 | EMERGENCY     | RF-CES
			fracture.trauma            | 40 | SEE_CLINICIAN | RF-SEE RF-FRACTURE
			fracture.steroids          | 40 | SEE_CLINICIAN | RF-SEE RF-FRACTURE
			fracture.osteoporosis      | 40 | SEE_CLINICIAN | RF-SEE RF-FRACTURE
			cancer.history             | 40 | SEE_CLINICIAN | RF-SEE RF-CANCER
			cancer.weight_loss         | 40 | SEE_CLINICIAN | RF-SEE RF-CANCER
			cancer.constant_night_pain | 40 | SEE_CLINICIAN | RF-SEE RF-CANCER
			infection.fever            | 40 | SEE_CLINICIAN | RF-SEE RF-INFECTION
			infection.recent           | 40 | SEE_CLINICIAN | RF-SEE RF-INFECTION
			infection.immune           | 40 | SEE_CLINICIAN | RF-SEE RF-INFECTION
			infection.drugs            | 40 | SEE_CLINICIAN | RF-SEE RF-INFECTION
			inflam.morning_stiffness   | 44 | SEE_CLINICIAN | RF-SEE RF-INFLAM
			inflam.morning_stiffness   | 45 | SELF_MANAGE   | none
			nerve.one_leg              | 40 | SEE_CLINICIAN | RF-SEE RF-NERVE
			young.worse_arching        | 19 | SEE_CLINICIAN | RF-SEE RF-YOUNG
			young.worse_arching        | 20 | SELF_MANAGE   | none
			persist.six_weeks          | 40 | SEE_CLINICIAN | RF-SEE RF-PERSIST
			""")
	void eachDangerSignAloneGivesItsOutcomeAndRuleIdsForTheAgeInTheProfile(String item, int age, String outcome,
			String ruleIds) {
		ApiClient runner = runnerAged(age);
		Reply reply = runner.post(RED_FLAGS, redFlags(item));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("outcome").asString()).isEqualTo(outcome);
		assertThat(strings(reply, "ruleIds")).isEqualTo(ruleIds == null ? List.of() : List.of(ruleIds.split(" ")));
		String status = runner.get("/api/v1/screenings/status").json().get("status").asString();
		assertThat(status).isEqualTo(switch (outcome) {
			case "EMERGENCY" -> "PAUSED_EMERGENCY";
			case "SEE_CLINICIAN" -> "PAUSED_SEE_CLINICIAN";
			default -> "NEEDS_CLEARANCE";
		});
	}

	@Test
	void allNoIsSelfManagementWithNoRuleIds() {
		Reply reply = runnerAged(35).post(RED_FLAGS, redFlags());
		assertThat(reply.json().get("outcome").asString()).isEqualTo("SELF_MANAGE");
		assertThat(strings(reply, "ruleIds")).isEmpty();
	}

	@Test
	void anEmergencyTogetherWithOtherSignsListsEveryRuleThatFired() {
		Reply reply = runnerAged(35).post(RED_FLAGS, redFlags("ces.saddle", "cancer.history", "nerve.one_leg"));
		assertThat(reply.json().get("outcome").asString()).isEqualTo("EMERGENCY");
		assertThat(strings(reply, "ruleIds")).containsExactly("RF-CES", "RF-SEE", "RF-CANCER", "RF-NERVE");
	}

	@Test
	void theAgeLimitedSignsFireOnTheSafeSideWhenTheAgeIsUnknown() {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = runner.post(RED_FLAGS, redFlags("young.worse_arching"));
		assertThat(reply.json().get("outcome").asString()).isEqualTo("SEE_CLINICIAN");
		assertThat(strings(reply, "ruleIds")).containsExactly("RF-SEE", "RF-YOUNG");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			missing id           | MISSING
			unknown id           | UNKNOWN
			null value           | NULL
			string value         | STRING
			number value         | NUMBER
			object value         | OBJECT
			no answers object    | NO_ANSWERS
			answers as a list    | LIST
			empty body           | EMPTY
			not JSON             | NOT_JSON
			wrong content type   | TEXT
			oversized body       | HUGE
			""")
	void aBadRedFlagBodyIsAProblemAndChangesNothing(String name, String kind) {
		ApiClient runner = activeRunner(35);
		Map<String, String> answers = answers("ces.bladder");
		Reply reply = switch (kind) {
			case "MISSING" -> {
				answers.remove("ces.saddle");
				yield runner.post(RED_FLAGS, body(answers));
			}
			case "UNKNOWN" -> {
				answers.put("ces.unknown", "true");
				yield runner.post(RED_FLAGS, body(answers));
			}
			case "NULL" -> {
				answers.put("ces.saddle", "null");
				yield runner.post(RED_FLAGS, body(answers));
			}
			case "STRING" -> {
				answers.put("ces.saddle", "\"maybe\"");
				yield runner.post(RED_FLAGS, body(answers));
			}
			case "NUMBER" -> {
				answers.put("ces.saddle", "2");
				yield runner.post(RED_FLAGS, body(answers));
			}
			case "OBJECT" -> {
				answers.put("ces.saddle", "{}");
				yield runner.post(RED_FLAGS, body(answers));
			}
			case "NO_ANSWERS" -> runner.post(RED_FLAGS, "{}");
			case "LIST" -> runner.post(RED_FLAGS, "{\"answers\":[true,false]}");
			case "EMPTY" -> runner.post(RED_FLAGS, "");
			case "NOT_JSON" -> runner.post(RED_FLAGS, "{\"answers\":{\"ces.bladder\":true");
			case "TEXT" -> runner.send("POST", RED_FLAGS, "text/plain", body(answers));
			case "HUGE" -> {
				answers.put("ces.saddle", "true, \"padding\": \"" + "x".repeat(300_000) + "\"");
				yield runner.post(RED_FLAGS, body(answers));
			}
			default -> throw new IllegalArgumentException(kind);
		};
		if (kind.equals("HUGE")) {
			assertTooLarge(reply);
		}
		else {
			assertProblem(reply);
		}
		assertThat(runner.get("/api/v1/screenings/status").json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(runner.get("/api/v1/today").json().get("call").asString()).isNotEqualTo("PAUSED");
	}

	@ParameterizedTest(name = "items {0} bothersomeness {1} → total {2}, distress {3}, {4}")
	@CsvSource(delimiter = '|', textBlock = """
			0,0,0,0,0,0,0,0 | 0 | 0 | 0 | LOW
			1,1,1,0,0,0,0,0 | 0 | 3 | 0 | LOW
			1,1,1,1,0,0,0,0 | 0 | 4 | 0 | MEDIUM
			0,0,0,0,1,1,0,0 | 4 | 3 | 3 | LOW
			1,0,0,0,1,1,1,0 | 2 | 4 | 3 | MEDIUM
			1,0,0,0,1,1,0,0 | 3 | 4 | 3 | MEDIUM
			0,0,0,0,1,1,1,1 | 0 | 4 | 4 | HIGH
			0,0,0,0,1,1,1,0 | 3 | 4 | 4 | HIGH
			0,0,0,0,0,0,0,0 | 3 | 1 | 1 | LOW
			1,1,1,1,1,1,1,1 | 4 | 9 | 5 | HIGH
			""")
	void theRiskScreenScoresTotalDistressAndStratumAtTheBoundaries(String items, int bothersomeness, int total,
			int distress, String stratum) {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = runner.post(RISK, "{\"items\":[" + items + "],\"bothersomeness\":" + bothersomeness + "}");
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("total").asInt()).isEqualTo(total);
		assertThat(reply.json().get("distress").asInt()).isEqualTo(distress);
		assertThat(reply.json().get("stratum").asString()).isEqualTo(stratum);
		assertThat(reply.json().get("ruleId").asString()).isEqualTo("M-RISK-CARE");
		Reply history = runner.get(RISK);
		assertThat(history.json().size()).isEqualTo(1);
		assertThat(history.json().get(0).get("stratum").asString()).isEqualTo(stratum);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			seven items              | {"items":[0,0,0,0,0,0,0],"bothersomeness":1}
			nine items               | {"items":[0,0,0,0,0,0,0,0,0],"bothersomeness":1}
			an item of 2             | {"items":[0,0,2,0,0,0,0,0],"bothersomeness":1}
			an item of -1            | {"items":[0,0,0,0,-1,0,0,0],"bothersomeness":1}
			a null item              | {"items":[0,0,null,0,0,0,0,0],"bothersomeness":1}
			a text item              | {"items":[0,0,"agree",0,0,0,0,0],"bothersomeness":1}
			bothersomeness 5         | {"items":[0,0,0,0,0,0,0,0],"bothersomeness":5}
			bothersomeness -1        | {"items":[0,0,0,0,0,0,0,0],"bothersomeness":-1}
			no bothersomeness        | {"items":[0,0,0,0,0,0,0,0]}
			no items                 | {"bothersomeness":1}
			an empty object          | {}
			""")
	void anInvalidRiskScreenIsAProblemAndNothingIsStored(String name, String body) {
		ApiClient runner = new ApiClient(this.port).signUp();
		assertThat(runner.post(RISK, "{\"items\":[1,1,1,1,1,1,1,1],\"bothersomeness\":4}").status()).isEqualTo(201);
		assertProblem(runner.post(RISK, body));
		assertThat(runner.get(RISK).json().size()).isEqualTo(1);
		assertThat(runner.get(RISK).json().get(0).get("stratum").asString()).isEqualTo("HIGH");
	}

	@Test
	void anEmptyWronglyTypedOrOversizedRiskBodyIsAProblemAndNothingIsStored() {
		ApiClient runner = new ApiClient(this.port).signUp();
		assertProblem(runner.post(RISK, ""));
		assertProblem(runner.send("POST", RISK, "application/x-www-form-urlencoded", "items=1&bothersomeness=1"));
		assertTooLarge(runner.post(RISK, "{\"items\":[" + "0,".repeat(150_000) + "0],\"bothersomeness\":1}"));
		assertThat(runner.get(RISK).json().size()).isZero();
	}

	@ParameterizedTest(name = "{0} → {1}% {2}")
	@CsvSource(delimiter = '|', textBlock = """
			0,0,0,0,0,0,0,0,0,0          | 0.0   | MINIMAL
			1,1,1,1,1,1,1,1,1,1          | 20.0  | MINIMAL
			2,1,1,1,1,1,1,1,1,1          | 22.0  | MODERATE
			1,0,0,0,0,0,0,null,0,0       | 2.2   | MINIMAL
			2,2,2,2,2,2,2,null,2,2       | 40.0  | MODERATE
			2,2,2,2,2,2,2,null,2,3       | 42.2  | SEVERE
			3,3,3,3,3,3,3,null,3,null    | 60.0  | SEVERE
			4,4,4,4,4,4,4,4,4,4          | 80.0  | VERY_SEVERE
			5,4,4,4,4,4,4,4,4,4          | 82.0  | EXTREME
			5,5,5,5,5,5,5,5,5,5          | 100.0 | EXTREME
			""")
	void theFunctionIndexGivesAPercentWithOneDecimalAndABand(String sections, String percent, String band) {
		ApiClient runner = new ApiClient(this.port).signUp();
		Reply reply = runner.post(FUNCTION, "{\"sections\":[" + sections + "]}");
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.body()).contains("\"percent\":" + percent + ",");
		assertThat(reply.json().get("band").asString()).isEqualTo(band);
		assertThat(runner.get(FUNCTION).json().get(0).get("band").asString()).isEqualTo(band);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			seven answered       | {"sections":[1,1,1,1,1,1,1,null,null,null]}
			nine sections        | {"sections":[1,1,1,1,1,1,1,1,1]}
			eleven sections      | {"sections":[1,1,1,1,1,1,1,1,1,1,1]}
			a section of 6       | {"sections":[1,1,1,6,1,1,1,1,1,1]}
			a section of -1      | {"sections":[1,1,1,-1,1,1,1,1,1,1]}
			a text section       | {"sections":[1,1,1,"a lot",1,1,1,1,1,1]}
			no sections          | {}
			sections not a list  | {"sections":5}
			""")
	void anInvalidFunctionIndexIsAProblemAndNothingIsStored(String name, String body) {
		ApiClient runner = new ApiClient(this.port).signUp();
		assertThat(runner.post(FUNCTION, "{\"sections\":[5,5,5,5,5,5,5,5,5,5]}").status()).isEqualTo(201);
		assertProblem(runner.post(FUNCTION, body));
		assertThat(runner.get(FUNCTION).json().size()).isEqualTo(1);
		assertThat(runner.get(FUNCTION).json().get(0).get("band").asString()).isEqualTo("EXTREME");
	}

	@Test
	void theClinicianAssessedCallLiftsAnEmergencyPause() {
		ApiClient runner = runnerAged(35);
		runner.post(RED_FLAGS, redFlags("ces.bowel"));
		assertThat(runner.get("/api/v1/screenings/status").json().get("status").asString())
			.isEqualTo("PAUSED_EMERGENCY");
		Reply assessed = runner.post("/api/v1/screenings/clinician-assessed", "");
		assertThat(assessed.status()).isEqualTo(200);
		assertThat(assessed.json().get("status").asString()).isNotEqualTo("PAUSED_EMERGENCY");
	}

	private ApiClient runnerAged(int age) {
		ApiClient runner = new ApiClient(this.port).signUp();
		assertThat(runner.put("/api/v1/profile", "{\"age\":" + age + ",\"sex\":\"FEMALE\"}").status()).isEqualTo(200);
		return runner;
	}

	private ApiClient activeRunner(int age) {
		ApiClient runner = runnerAged(age);
		assertThat(runner.post(RED_FLAGS, redFlags()).status()).isEqualTo(200);
		assertThat(runner.post("/api/v1/screenings/clearance", "{\"advised\":true}").json().get("status").asString())
			.isEqualTo("ACTIVE");
		return runner;
	}

	/** All twenty ids as JSON literals, "no" except the given ones. */
	static Map<String, String> answers(String... yes) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (RedFlagItem item : RedFlagItem.values()) {
			answers.put(item.id(), "false");
		}
		for (String id : yes) {
			answers.put(id, "true");
		}
		return answers;
	}

	static String body(Map<String, String> answers) {
		return answers.entrySet()
			.stream()
			.map(e -> "\"" + e.getKey() + "\":" + e.getValue())
			.collect(Collectors.joining(",", "{\"answers\":{", "}}"));
	}

	static String redFlags(String... yes) {
		return body(answers(yes));
	}

	private static List<String> strings(Reply reply, String field) {
		List<String> values = new ArrayList<>();
		reply.json().get(field).forEach(node -> values.add(node.asString()));
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
