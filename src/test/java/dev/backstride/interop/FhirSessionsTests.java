package dev.backstride.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.backstride.ApiClient;
import dev.backstride.BackstrideTest;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exercise sessions and self-tests in the FHIR export: each session a completed Procedure with its
 * pain and each exercise's sets as Observations {@code partOf} it, each self-test an Observation with
 * its readings in UCUM units; all parsed strictly and validated by HAPI, with the values as stored and
 * nothing of another runner.
 */
@BackstrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirSessionsTests {

	@LocalServerPort
	int port;

	final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	final String aliceNote = "alice-note-" + UUID.randomUUID();

	final String bobNote = "bob-note-" + UUID.randomUUID();

	String aliceBody;

	Bundle alice;

	Bundle bob;

	@BeforeAll
	void twoRunnersWithSessionsAndSelfTests() throws Exception {
		ApiClient alice = new ApiClient(this.port).signUp();
		ok(alice.post("/api/v1/sessions", "{\"date\":\"" + this.today.minusDays(1) + "\",\"kind\":\"CORE\","
				+ "\"painDuring\":3,\"note\":\"" + this.aliceNote + "\",\"exercises\":["
				+ "{\"id\":\"EX-REACH\",\"sets\":[{\"side\":\"LEFT\",\"reps\":12,\"holdSeconds\":3},"
				+ "{\"side\":\"LEFT\",\"reps\":12,\"holdSeconds\":3},{\"side\":\"RIGHT\",\"reps\":12,\"holdSeconds\":3},"
				+ "{\"side\":\"RIGHT\",\"reps\":10,\"holdSeconds\":3}]},"
				+ "{\"id\":\"EX-CRUNCH\",\"sets\":[{\"reps\":15},{\"reps\":15},{\"reps\":12}]}]}"));
		ok(alice.post("/api/v1/sessions", "{\"kind\":\"PRE_RUN\",\"painDuring\":1,\"exercises\":["
				+ "{\"id\":\"EX-SWING\",\"sets\":[{\"side\":\"LEFT\",\"reps\":20},{\"side\":\"RIGHT\",\"reps\":18}]}]}"));
		ok(alice.post("/api/v1/self-tests", "{\"test\":\"T-CORE\",\"plankSeconds\":45,\"sidePlankLeft\":30,"
				+ "\"sidePlankRight\":40}"));
		ok(alice.post("/api/v1/self-tests", "{\"test\":\"T-HIPFLEX\",\"leftThighLifts\":true,\"rightThighLifts\":false}"));
		ok(alice.post("/api/v1/self-tests", "{\"test\":\"T-HAM\",\"left\":65,\"right\":72}"));
		ApiClient bob = new ApiClient(this.port).signUp();
		ok(bob.post("/api/v1/sessions", "{\"kind\":\"CORE\",\"painDuring\":7,\"note\":\"" + this.bobNote + "\","
				+ "\"exercises\":[{\"id\":\"EX-CRUNCH\",\"sets\":[{\"reps\":99,\"holdSeconds\":5}]}]}"));
		this.aliceBody = fhir(alice);
		this.alice = FhirExportTests.parse(this.aliceBody);
		this.bob = FhirExportTests.parse(fhir(bob));
	}

	@Test
	void theBundleWithSessionsAndSelfTestsHasNoErrorsInHapisR4Validator() {
		assertThat(FhirExportTests.validationErrors(this.aliceBody)).isEmpty();
	}

	@Test
	void eachSessionIsACompletedExerciseTherapyProcedureOnItsDay() {
		List<Procedure> procedures = resources(this.alice, Procedure.class);
		assertThat(procedures).hasSize(2).allSatisfy((p) -> {
			assertThat(p.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
			assertThat(p.getCategory().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
			assertThat(p.getCategory().getCodingFirstRep().getCode()).isEqualTo("229065009");
			assertThat(p.getSubject().getReference()).isEqualTo(this.alice.getEntryFirstRep().getFullUrl());
		});
		Procedure core = procedure(procedures, "core-exercise-session");
		assertThat(core.getPerformedDateTimeType().getValueAsString()).isEqualTo(this.today.minusDays(1).toString());
		assertThat(core.getCode().getText()).isEqualTo("Core exercise session (reach and tuck, straight-leg mini crunch)");
		assertThat(core.getNote()).extracting(Annotation::getText)
			.containsExactly("Reach and tuck, left leg: 2 sets of 12 repetitions, each held for 3 seconds; right leg: 2 sets"
					+ " of 12 and 10 repetitions, each held for 3 seconds.",
					"Straight-leg mini crunch: 3 sets of 15, 15 and 12 repetitions.",
					"Back pain during the session: 3 out of 10.", "Patient's note: " + this.aliceNote);
		Procedure preRun = procedure(procedures, "pre-run-exercise-session");
		assertThat(preRun.getPerformedDateTimeType().getValueAsString()).isEqualTo(this.today.toString());
		assertThat(preRun.getNote()).extracting(Annotation::getText)
			.containsExactly("Leg swings, left leg: 1 set of 20 repetitions; right leg: 1 set of 18 repetitions.",
					"Back pain during the run that followed: 1 out of 10.");
	}

	@Test
	void painAndEachExercisesSetsArePartOfTheirSession() {
		Map<String, String> procedureUrls = this.alice.getEntry()
			.stream()
			.filter((e) -> e.getResource() instanceof Procedure)
			.collect(Collectors.toMap((e) -> ((Procedure) e.getResource()).getCode().getCodingFirstRep().getCode(),
					Bundle.BundleEntryComponent::getFullUrl));
		String core = procedureUrls.get("core-exercise-session");
		String preRun = procedureUrls.get("pre-run-exercise-session");
		List<Observation> parts = resources(this.alice, Observation.class).stream().filter(Observation::hasPartOf).toList();
		assertThat(parts).hasSize(5);

		Observation corePain = byCode(parts, "pain-during-exercise");
		assertThat(corePain.getPartOfFirstRep().getReference()).isEqualTo(core);
		assertThat(corePain.getValueQuantity().getValue().intValue()).isEqualTo(3);
		assertThat(corePain.getValueQuantity().getCode()).isEqualTo("{score}");
		Observation runPain = byCode(parts, "pain-during-run");
		assertThat(runPain.getPartOfFirstRep().getReference()).isEqualTo(preRun);
		assertThat(runPain.getValueQuantity().getValue().intValue()).isEqualTo(1);

		Observation reach = byCode(parts, "EX-REACH");
		assertThat(reach.getPartOfFirstRep().getReference()).isEqualTo(core);
		assertThat(reach.getCode().getText()).isEqualTo("Reach and tuck");
		assertThat(reach.getEffectiveDateTimeType().getValueAsString()).isEqualTo(this.today.minusDays(1).toString());
		assertThat(components(reach, "sets")).singleElement()
			.satisfies((c) -> assertThat(c.getValueIntegerType().getValue()).isEqualTo(4));
		assertThat(components(reach, "set-repetitions")).extracting((c) -> c.getValueQuantity().getValue().intValue())
			.containsExactly(12, 12, 12, 10);
		assertThat(components(reach, "set-repetitions")).allSatisfy(
				(c) -> assertThat(c.getValueQuantity().getCode()).isEqualTo("{repetitions}"));
		assertThat(components(reach, "set-repetitions").get(3).getCode().getText()).isEqualTo("Set 4, right leg: repetitions");
		assertThat(components(reach, "set-hold")).extracting((c) -> c.getValueQuantity().getValue().intValue())
			.containsExactly(3, 3, 3, 3);
		assertThat(components(reach, "set-hold").get(0).getValueQuantity().getCode()).isEqualTo("s");

		Observation crunch = byCode(parts, "EX-CRUNCH");
		assertThat(crunch.getPartOfFirstRep().getReference()).isEqualTo(core);
		assertThat(components(crunch, "set-repetitions")).extracting((c) -> c.getValueQuantity().getValue().intValue())
			.containsExactly(15, 15, 12);
		assertThat(components(crunch, "set-hold")).extracting((c) -> c.getValueQuantity().getValue().intValue())
			.containsExactly(0, 0, 0);
		assertThat(components(crunch, "set-repetitions").get(0).getCode().getText()).isEqualTo("Set 1: repetitions");

		Observation swing = byCode(parts, "EX-SWING");
		assertThat(swing.getPartOfFirstRep().getReference()).isEqualTo(preRun);
		assertThat(components(swing, "set-repetitions")).extracting((c) -> c.getValueQuantity().getValue().intValue())
			.containsExactly(20, 18);
	}

	@Test
	void eachSelfTestIsAnExamObservationWithItsReadings() {
		List<Observation> observations = resources(this.alice, Observation.class);
		Observation core = byCode(observations, "T-CORE");
		assertThat(core.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("exam");
		Map<String, ObservationComponentComponent> holds = byCode(core);
		assertThat(holds.get("plank").getValueQuantity().getValue().intValue()).isEqualTo(45);
		assertThat(holds.get("plank").getValueQuantity().getCode()).isEqualTo("s");
		assertThat(holds.get("side-plank-left").getValueQuantity().getValue().intValue()).isEqualTo(30);
		assertThat(holds.get("side-plank-right").getValueQuantity().getValue().intValue()).isEqualTo(40);
		Map<String, ObservationComponentComponent> hips = byCode(byCode(observations, "T-HIPFLEX"));
		assertThat(hips.get("left-thigh-lifts").getValueBooleanType().booleanValue()).isTrue();
		assertThat(hips.get("right-thigh-lifts").getValueBooleanType().booleanValue()).isFalse();
		Map<String, ObservationComponentComponent> legs = byCode(byCode(observations, "T-HAM"));
		assertThat(legs.get("leg-raise-left").getValueQuantity().getValue().intValue()).isEqualTo(65);
		assertThat(legs.get("leg-raise-right").getValueQuantity().getValue().intValue()).isEqualTo(72);
		assertThat(legs.get("leg-raise-right").getValueQuantity().getCode()).isEqualTo("deg");
	}

	@Test
	void aRunnersBundleHoldsNoSessionOfAnother() {
		assertThat(this.aliceBody).doesNotContain(this.bobNote);
		List<Procedure> bobs = resources(this.bob, Procedure.class);
		assertThat(bobs).singleElement().satisfies((p) -> assertThat(p.getNote()).extracting(Annotation::getText)
			.contains("Patient's note: " + this.bobNote)
			.doesNotContain("Patient's note: " + this.aliceNote));
		List<Observation> bobsParts = resources(this.bob, Observation.class).stream().filter(Observation::hasPartOf).toList();
		assertThat(bobsParts).hasSize(2);
		assertThat(components(byCode(bobsParts, "EX-CRUNCH"), "set-repetitions"))
			.extracting((c) -> c.getValueQuantity().getValue().intValue())
			.containsExactly(99);
		assertThat(resources(this.bob, Observation.class)).noneMatch((o) -> o.getCode()
			.getCoding()
			.stream()
			.map(Coding::getCode)
			.anyMatch((code) -> code.startsWith("T-") || code.equals("EX-REACH") || code.equals("EX-SWING")));
	}

	String fhir(ApiClient runner) throws Exception {
		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/export/fhir"))
				.header("Authorization", "Bearer " + runner.token())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(200);
		return reply.body();
	}

	static void ok(ApiClient.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
	}

	static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	static Procedure procedure(List<Procedure> procedures, String code) {
		List<Procedure> found = procedures.stream()
			.filter((p) -> p.getCode().getCodingFirstRep().getCode().equals(code))
			.toList();
		assertThat(found).as(code).hasSize(1);
		return found.get(0);
	}

	static Observation byCode(List<Observation> observations, String code) {
		List<Observation> found = observations.stream()
			.filter((o) -> o.getCode().getCodingFirstRep().getCode().equals(code))
			.toList();
		assertThat(found).as(code).hasSize(1);
		return found.get(0);
	}

	static List<ObservationComponentComponent> components(Observation observation, String code) {
		return observation.getComponent()
			.stream()
			.filter((c) -> c.getCode().getCodingFirstRep().getCode().equals(code))
			.toList();
	}

	static Map<String, ObservationComponentComponent> byCode(Observation observation) {
		return observation.getComponent()
			.stream()
			.collect(Collectors.toMap((c) -> c.getCode().getCodingFirstRep().getCode(), Function.identity()));
	}

}
