package dev.backstride.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backstride.account.Profile;
import dev.backstride.checkin.CheckIn;
import dev.backstride.motion.MotionSummary;
import dev.backstride.program.SelfTest;
import dev.backstride.program.TakenTest;
import dev.backstride.runs.Run;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.RiskResponse;

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

	static Map<String, Object> riskResponse(String patient, RiskResponse response, Questionnaire current) {
		List<Integer> answers = new ArrayList<>(response.answers().agreeItems());
		answers.add(response.answers().bothersomenessLevel());
		return questionnaireResponse(patient, response.questionnaireUrl(), response.answeredAt(), answers, current);
	}

	static Map<String, Object> riskScore(String patient, String responseUrl, RiskResponse response) {
		Map<String, Object> observation = observation(patient, "survey",
				coding(CODES, "risk-total", "Risk questionnaire total score (0-9)"), response.answeredAt());
		observation.put("valueInteger", response.score().total());
		observation.put("derivedFrom", List.of(reference(responseUrl)));
		observation.put("component", List.of(
				component(coding(CODES, "risk-distress", "Risk questionnaire distress subscore (0-5)"), "valueInteger",
						response.score().distress()),
				component(coding(CODES, "risk-stratum", "Risk group"), "valueString",
						response.score().stratum().name().toLowerCase(java.util.Locale.ROOT))));
		return observation;
	}

	static Map<String, Object> functionResponse(String patient, FunctionResponse response, Questionnaire current) {
		return questionnaireResponse(patient, response.questionnaireUrl(), response.answeredAt(),
				response.answers().sections(), current);
	}

	static Map<String, Object> functionScore(String patient, String responseUrl, FunctionResponse response) {
		Map<String, Object> observation = observation(patient, "survey",
				coding(CODES, "function-percent", "Function questionnaire score (0-100 %, higher is more limited)"),
				response.answeredAt());
		observation.put("valueQuantity", quantity(response.score().percent(), "%", "%"));
		observation.put("derivedFrom", List.of(reference(responseUrl)));
		observation.put("component", List.of(component(coding(CODES, "function-band", "Function band"), "valueString",
				response.score().band().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
		return observation;
	}

	/** Answers by item order; an item whose answer is null was left out and has no item in the response. */
	private static Map<String, Object> questionnaireResponse(String patient, String url, Instant answeredAt,
			List<? extends Integer> answers, Questionnaire current) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("resourceType", "QuestionnaireResponse");
		response.put("questionnaire", url);
		response.put("status", "completed");
		response.put("subject", reference(patient));
		response.put("authored", answeredAt.toString());
		List<Map<String, Object>> items = new ArrayList<>();
		boolean sameDefinition = current.url().equals(url) && current.items().size() == answers.size();
		for (int i = 0; i < answers.size(); i++) {
			Integer value = answers.get(i);
			if (value == null) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			if (sameDefinition) {
				Questionnaire.Item asked = current.items().get(i);
				item.put("linkId", asked.linkId());
				item.put("text", asked.text());
				item.put("answer", List.of(answer(asked, value)));
			}
			else {
				item.put("linkId", Integer.toString(i + 1));
				item.put("answer", List.of(Map.of("valueInteger", value)));
			}
			items.add(item);
		}
		response.put("item", items);
		return response;
	}

	/** The option at the answer's position (options are listed from the lowest level up). */
	private static Map<String, Object> answer(Questionnaire.Item asked, int value) {
		if (value < 0 || value >= asked.options().size()) {
			return Map.of("valueInteger", value);
		}
		Questionnaire.Option option = asked.options().get(value);
		return Map.of("valueCoding", coding("https://backstride.dev/fhir/CodeSystem/answer", option.code(), option.display()));
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

	static Map<String, Object> run(String patient, Run run) {
		Map<String, Object> observation = observation(patient, "activity", coding(CODES, "run", "Run"), run.date());
		if (run.startTimeKnown()) {
			observation.remove("effectiveDateTime");
			observation.put("effectivePeriod", Map.of("start", run.start().toString(), "end",
					run.start().plusSeconds(run.elapsedSeconds()).toString()));
		}
		List<Map<String, Object>> components = new ArrayList<>();
		components.add(component(coding(CODES, "distance", "Distance run"), "valueQuantity",
				quantity(BigDecimal.valueOf(run.distanceMeters()).setScale(1, RoundingMode.HALF_UP), "m", "m")));
		components.add(component(coding(CODES, "elapsed-time", "Elapsed time"), "valueQuantity",
				quantity(run.elapsedSeconds(), "s", "s")));
		components.add(component(coding(CODES, "moving-time", "Moving time"), "valueQuantity",
				quantity(run.movingSeconds(), "s", "s")));
		run.ascentMeters().ifPresent((m) -> components.add(component(coding(CODES, "ascent", "Total climb"),
				"valueQuantity", quantity(BigDecimal.valueOf(m).setScale(1, RoundingMode.HALF_UP), "m", "m"))));
		run.avgHeartRate().ifPresent((bpm) -> components.add(component(coding(LOINC, "8867-4", "Heart rate"),
				"valueQuantity", quantity(bpm, "/min", "beats/minute"))));
		run.avgCadence().ifPresent((spm) -> components.add(component(coding(CODES, "running-cadence",
				"Running cadence, steps per minute"), "valueQuantity", quantity(spm, "/min", "steps/minute"))));
		run.feel().ifPresent((feel) -> {
			components.add(component(coding(CODES, "pain-during-run", "Back pain during the run, 0-10"),
					"valueQuantity", score(feel.painDuring())));
			components.add(component(coding(CODES, "pain-after-run", "Back pain just after the run, 0-10"),
					"valueQuantity", score(feel.painAfter())));
			components.add(component(coding(CODES, "pain-changed-stride", "Rising pain changed the stride"),
					"valueBoolean", feel.painChangedStride()));
			components.add(component(coding(CODES, "effort", "Effort, 1-10"), "valueQuantity", score(feel.effort())));
		});
		components.add(component(coding(CODES, "terrain", "Terrain"), "valueString",
				run.terrain().name().toLowerCase(java.util.Locale.ROOT) + (run.terrainInferred() ? " (guessed)" : "")));
		observation.put("component", components);
		return observation;
	}

	static Map<String, Object> selfTest(String patient, TakenTest taken) {
		Map<String, Object> observation = observation(patient, "exam",
				coding(CODES, taken.test().id(), switch (taken.test()) {
					case SelfTest.Hamstrings h -> "Active straight-leg raise";
					case SelfTest.Core c -> "Plank and side-plank holds";
					case SelfTest.HipFlexors f -> "Hip flexor length (knee hug at the bed's edge)";
				}), taken.takenAt());
		observation.put("component", switch (taken.test()) {
			case SelfTest.Hamstrings h -> List.of(
					component(coding(CODES, "leg-raise-left", "Left leg raise"), "valueQuantity",
							quantity(h.leftDegrees(), "deg", "degrees")),
					component(coding(CODES, "leg-raise-right", "Right leg raise"), "valueQuantity",
							quantity(h.rightDegrees(), "deg", "degrees")));
			case SelfTest.Core c -> List.of(
					component(coding(CODES, "plank", "Front plank hold"), "valueQuantity", quantity(c.plankSeconds(), "s", "s")),
					component(coding(CODES, "side-plank-left", "Left side plank hold"), "valueQuantity",
							quantity(c.sidePlankLeftSeconds(), "s", "s")),
					component(coding(CODES, "side-plank-right", "Right side plank hold"), "valueQuantity",
							quantity(c.sidePlankRightSeconds(), "s", "s")));
			case SelfTest.HipFlexors f -> List.of(
					component(coding(CODES, "left-thigh-lifts", "Left thigh lifts off the bed"), "valueBoolean",
							f.leftThighLifts()),
					component(coding(CODES, "right-thigh-lifts", "Right thigh lifts off the bed"), "valueBoolean",
							f.rightThighLifts()));
		});
		return observation;
	}

	/** A measured recording's means over its strides; a recording too short to measure has none. */
	static Optional<Map<String, Object>> pelvis(String patient, MotionSummary m) {
		if (!m.measured()) {
			return Optional.empty();
		}
		Map<String, Object> observation = observation(patient, "activity",
				coding(CODES, "pelvis-while-running", "Pelvis motion while running, phone at the lower back"),
				m.createdAt());
		observation.put("component", List.of(
				degrees("pelvic-tilt", "Pelvic tilt excursion per stride (mean)", m.tilt().mean()),
				degrees("pelvic-obliquity", "Pelvic obliquity excursion per stride (mean)", m.obliquity().mean()),
				degrees("pelvic-rotation", "Pelvic rotation excursion per stride (mean)", m.rotation().mean()),
				degrees("pelvic-drop-left-stance", "Contralateral pelvic drop in left-leg stance (mean)", m.leftDrop()),
				degrees("pelvic-drop-right-stance", "Contralateral pelvic drop in right-leg stance (mean)", m.rightDrop()),
				component(coding(CODES, "running-cadence", "Running cadence, steps per minute"), "valueQuantity",
						quantity(round(m.cadence()), "/min", "steps/minute")),
				component(coding(CODES, "pelvic-drop-asymmetry", "Left/right difference of the pelvic drop"),
						"valueQuantity", quantity(round(m.dropAsymmetryPercent()), "%", "%")),
				component(coding(CODES, "strides", "Running strides measured"), "valueInteger", m.strides())));
		return Optional.of(observation);
	}

	private static Map<String, Object> degrees(String code, String display, double value) {
		return component(coding(CODES, code, display), "valueQuantity", quantity(round(value), "deg", "degrees"));
	}

	private static Map<String, Object> observation(String patient, String category, Map<String, Object> code,
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

	private static Map<String, Object> component(Map<String, Object> code, String valueField, Object value) {
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

	private static Map<String, Object> score(int value) {
		return quantity(value, "{score}", "score");
	}

	private static Map<String, Object> quantity(Number value, String ucum, String unit) {
		Map<String, Object> quantity = new LinkedHashMap<>();
		quantity.put("value", value);
		quantity.put("unit", unit);
		quantity.put("system", UCUM);
		quantity.put("code", ucum);
		return quantity;
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	static Map<String, Object> reference(String fullUrl) {
		return Map.of("reference", fullUrl);
	}

}
