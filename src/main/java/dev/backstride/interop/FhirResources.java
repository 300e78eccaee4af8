package dev.backstride.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.account.Profile;
import dev.backstride.checkin.CheckIn;

/**
 * Backstride's records as FHIR R4 resources (JSON trees of ordered maps, written by Jackson): the
 * Patient with no more identity than the runner gave (gender only; the sign-in address identifies the
 * account, not the patient), QuestionnaireResponses with their scores as Observations, pain as LOINC
 * 72514-3 (0–10 numeric rating, reported), runs, self-tests and pelvis measurements as Observations
 * with UCUM units. What has no standard code carries one of {@link #CODES}, defined by Backstride.
 * {@code FhirExportTests} reads the output back with HAPI FHIR and runs its R4 validator over it.
 */
final class FhirResources {

	static final String LOINC = "http://loinc.org";

	static final String UCUM = "http://unitsofmeasure.org";

	/** Backstride's own codes, for measures no standard code names. */
	static final String CODES = "https://backstride.dev/fhir/CodeSystem/measure";

	static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	private FhirResources() {
	}

	static Map<String, Object> patient(Profile profile) {
		Map<String, Object> patient = new LinkedHashMap<>();
		patient.put("resourceType", "Patient");
		patient.put("active", true);
		profile.sex().ifPresent((sex) -> patient.put("gender", switch (sex) {
			case FEMALE -> "female";
			case MALE -> "male";
			case OTHER -> "other";
		}));
		return patient;
	}

	static Map<String, Object> age(String patient, int years, Instant at) {
		Map<String, Object> observation = observation(patient, "survey", coding(LOINC, "30525-0", "Age"), at);
		observation.put("valueQuantity", quantity(years, "a", "year"));
		return observation;
	}

	static List<Map<String, Object>> checkIn(String patient, CheckIn checkIn) {
		List<Map<String, Object>> observations = new ArrayList<>();
		Map<String, Object> now = observation(patient, "survey",
				coding(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), checkIn.date());
		now.put("valueQuantity", score(checkIn.painNow().value()));
		now.put("note", List.of(Map.of("text", "Low back pain at the daily check-in.")));
		observations.add(now);
		Map<String, Object> worst = observation(patient, "survey",
				coding(CODES, "worst-pain-24h", "Worst back pain in the last 24 hours, 0-10 numeric rating"),
				checkIn.date());
		worst.put("valueQuantity", score(checkIn.worstPain24h().value()));
		observations.add(worst);
		return observations;
	}

	static Map<String, Object> observation(String patient, String category, Map<String, Object> code,
			Object effective) {
		Map<String, Object> observation = new LinkedHashMap<>();
		observation.put("resourceType", "Observation");
		observation.put("status", "final");
		observation.put("category", List.of(Map.of("coding", List.of(coding(CATEGORY, category, switch (category) {
			case "survey" -> "Survey";
			case "activity" -> "Activity";
			default -> "Exam";
		})))));
		observation.put("code", Map.of("coding", List.of(code), "text", code.get("display")));
		observation.put("subject", reference(patient));
		observation.put("effectiveDateTime", effective.toString());
		return observation;
	}

	static Map<String, Object> component(Map<String, Object> code, String valueField, Object value) {
		Map<String, Object> component = new LinkedHashMap<>();
		component.put("code", Map.of("coding", List.of(code), "text", code.get("display")));
		component.put(valueField, value);
		return component;
	}

	static Map<String, Object> coding(String system, String code, String display) {
		Map<String, Object> coding = new LinkedHashMap<>();
		coding.put("system", system);
		coding.put("code", code);
		coding.put("display", display);
		return coding;
	}

	static Map<String, Object> score(int value) {
		return quantity(value, "{score}", "score");
	}

	static Map<String, Object> quantity(Number value, String ucum, String unit) {
		Map<String, Object> quantity = new LinkedHashMap<>();
		quantity.put("value", value);
		quantity.put("unit", unit);
		quantity.put("system", UCUM);
		quantity.put("code", ucum);
		return quantity;
	}

	static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	static Map<String, Object> reference(String fullUrl) {
		return Map.of("reference", fullUrl);
	}

}
