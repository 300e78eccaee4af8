package dev.backstride.screening.fhir;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.QuestionnaireKind;

/**
 * Coverage-guided fuzzing of {@link FhirQuestionnaireReader#read(QuestionnaireKind, java.io.InputStream)}:
 * every input is read as both kinds. Contract: a questionnaire that fits its kind, or
 * {@link IllegalArgumentException} naming the problem; nothing else, no hang. Seeds: the two bundled
 * definitions ({@code src/main/resources/questionnaires}).
 */
class FhirQuestionnaireFuzzTests {

	private final FhirQuestionnaireReader reader = new FhirQuestionnaireReader();

	@FuzzTest
	void questionnaire(byte[] json) {
		for (QuestionnaireKind kind : QuestionnaireKind.values()) {
			try {
				Questionnaire q = this.reader.read(kind, new ByteArrayInputStream(json));
				if (!q.id().equals(kind.id())) {
					throw new AssertionError("read as " + kind + " but has id " + q.id());
				}
			}
			catch (IllegalArgumentException refused) {
				if (refused.getMessage() == null || refused.getMessage().isBlank()) {
					throw new AssertionError("a refusal without a message", refused);
				}
			}
		}
	}

}
