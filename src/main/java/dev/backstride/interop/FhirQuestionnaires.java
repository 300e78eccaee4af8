package dev.backstride.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.RiskResponse;

import static dev.backstride.interop.FhirResources.CODES;
import static dev.backstride.interop.FhirResources.coding;
import static dev.backstride.interop.FhirResources.component;
import static dev.backstride.interop.FhirResources.observation;
import static dev.backstride.interop.FhirResources.quantity;
import static dev.backstride.interop.FhirResources.reference;

/**
 * The two questionnaires in FHIR: each response as a {@code QuestionnaireResponse} answering the
 * bundled {@code Questionnaire} (its linkIds and answer codings), and its score as an Observation
 * derived from it.
 */
final class FhirQuestionnaires {

	private FhirQuestionnaires() {
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

}
