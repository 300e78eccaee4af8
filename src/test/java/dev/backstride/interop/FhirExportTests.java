package dev.backstride.interop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import dev.backstride.BackstrideTest;
import dev.backstride.FullRunner;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR export is read back by HAPI FHIR's R4 parser (strict: an unknown element is an error) and
 * checked by HAPI's instance validator against the R4 base definitions, with UCUM units checked too.
 * Codes of LOINC and of Backstride's own code system cannot be looked up offline; the validator only
 * warns about those, and the test checks the LOINC codes it uses by name.
 */
@BackstrideTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirExportTests {

	static final FhirContext R4 = FhirContext.forR4();

	@LocalServerPort
	int port;

	FullRunner runner;

	String body;

	Bundle bundle;

	@BeforeAll
	void aRunnerWithDataAndTheirBundle() throws Exception {
		this.runner = FullRunner.create(this.port, "fhir", 3);
		HttpResponse<String> reply = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/export/fhir"))
				.header("Authorization", "Bearer " + this.runner.api().token())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
		this.body = reply.body();
		this.bundle = parse(this.body);
	}

	@Test
	void theBundleHasNoErrorsInHapisR4Validator() {
		assertThat(validationErrors(this.body)).isEmpty();
	}

	/** The errors (and fatal errors) HAPI's R4 instance validator finds in a resource's JSON. */
	static List<String> validationErrors(String json) {
		var support = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
				new SnapshotGeneratingValidationSupport(R4), new InMemoryTerminologyServerValidationSupport(R4),
				new CommonCodeSystemsTerminologyService(R4));
		FhirValidator validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
		ValidationResult result = validator.validateWithResult(json);
		return result.getMessages()
			.stream()
			.filter((m) -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.map(SingleValidationMessage::toString)
			.toList();
	}

	/** A Bundle read back by HAPI's strict parser: an unknown element is an error. */
	static Bundle parse(String json) {
		var parser = R4.newJsonParser();
		parser.setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler());
		return parser.parseResource(Bundle.class, json);
	}

	@Test
	void thePatientCarriesNoMoreIdentityThanTheRunnerGave() {
		Patient patient = resources(Patient.class).get(0);
		assertThat(resources(Patient.class)).hasSize(1);
		assertThat(patient.getGender().toCode()).isEqualTo("female");
		assertThat(patient.getName()).isEmpty();
		assertThat(patient.getTelecom()).isEmpty();
		assertThat(patient.getBirthDate()).isNull();
		assertThat(this.body).doesNotContain(this.runner.email());
		String patientUrl = this.bundle.getEntry().get(0).getFullUrl();
		assertThat(resources(Observation.class)).allSatisfy(
				(o) -> assertThat(o.getSubject().getReference()).isEqualTo(patientUrl));
	}

	@Test
	void painIsLoinc72514ScoredZeroToTen() {
		Observation pain = byCode("72514-3").get(0);
		assertThat(pain.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
		assertThat(pain.getCode().getCodingFirstRep().getDisplay())
			.isEqualTo("Pain severity - 0-10 verbal numeric rating [Score] - Reported");
		assertThat(pain.getValueQuantity().getValue().intValue()).isEqualTo(5);
		assertThat(pain.getValueQuantity().getCode()).isEqualTo("{score}");
		assertThat(byCode("worst-pain-24h").get(0).getValueQuantity().getValue().intValue()).isEqualTo(9);
		assertThat(byCode("30525-0").get(0).getValueQuantity().getValue().intValue()).isEqualTo(33);
	}

	@Test
	void questionnaireResponsesAnswerTheBundledQuestionnairesWithTheirScores() {
		List<QuestionnaireResponse> responses = resources(QuestionnaireResponse.class);
		assertThat(responses).extracting(QuestionnaireResponse::getQuestionnaire)
			.containsExactlyInAnyOrder("https://backstride.dev/fhir/Questionnaire/risk",
					"https://backstride.dev/fhir/Questionnaire/function");
		QuestionnaireResponse function = responses.stream()
			.filter((r) -> r.getQuestionnaire().endsWith("function"))
			.findFirst()
			.orElseThrow();
		assertThat(function.getItem()).hasSize(9).noneMatch((i) -> i.getLinkId().equals("function-8"));
		assertThat(function.getItem().get(1).getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("s2");
		QuestionnaireResponse risk = responses.stream()
			.filter((r) -> r.getQuestionnaire().endsWith("risk"))
			.findFirst()
			.orElseThrow();
		assertThat(risk.getItem().get(8).getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("level-3");
		Observation total = byCode("risk-total").get(0);
		assertThat(total.getValueIntegerType().getValue()).isEqualTo(5);
		assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo(fullUrlOf(risk));
		assertThat(byCode("function-percent").get(0).getValueQuantity().getCode()).isEqualTo("%");
	}

	@Test
	void runsAndPelvisMetricsCarryUcumUnits() {
		List<Observation> runs = byCode("run");
		assertThat(runs).hasSize(2);
		Map<String, String> units = runs.stream()
			.flatMap((r) -> r.getComponent().stream())
			.filter((c) -> c.hasValueQuantity())
			.collect(Collectors.toMap((c) -> c.getCode().getCodingFirstRep().getCode(),
					(c) -> c.getValueQuantity().getCode(), (a, b) -> a));
		assertThat(units).containsEntry("distance", "m").containsEntry("elapsed-time", "s")
			.containsEntry("pain-during-run", "{score}");
		Observation pelvis = byCode("pelvis-while-running").get(0);
		Map<String, Observation.ObservationComponentComponent> parts = pelvis.getComponent()
			.stream()
			.collect(Collectors.toMap((c) -> c.getCode().getCodingFirstRep().getCode(), Function.identity()));
		assertThat(parts.get("pelvic-tilt").getValueQuantity().getCode()).isEqualTo("deg");
		assertThat(parts.get("pelvic-tilt").getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
		assertThat(parts.get("pelvic-drop-left-stance").getValueQuantity().getCode()).isEqualTo("deg");
		assertThat(parts.get("running-cadence").getValueQuantity().getCode()).isEqualTo("/min");
		assertThat(parts.get("running-cadence").getValueQuantity().getValue().doubleValue()).isBetween(120.0, 220.0);
		assertThat(byCode("T-HAM").get(0).getComponentFirstRep().getValueQuantity().getValue().intValue()).isEqualTo(63);
	}

	<T> List<T> resources(Class<T> type) {
		return this.bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	List<Observation> byCode(String code) {
		return resources(Observation.class).stream()
			.filter((o) -> o.getCode().getCoding().stream().map(Coding::getCode).anyMatch(code::equals))
			.toList();
	}

	String fullUrlOf(QuestionnaireResponse response) {
		return this.bundle.getEntry()
			.stream()
			.filter((e) -> e.getResource() == response)
			.findFirst()
			.orElseThrow()
			.getFullUrl();
	}

}
