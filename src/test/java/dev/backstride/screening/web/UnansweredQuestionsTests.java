package dev.backstride.screening.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.QuestionnaireKind;
import dev.backstride.screening.fhir.FhirQuestionnaireReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A questionnaire sent back with gaps says which questions, by their numbers on the page, in a sentence. */
class UnansweredQuestionsTests {

	private static final FhirQuestionnaireReader READER = new FhirQuestionnaireReader();

	@ParameterizedTest(name = "{0}: left out {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			RISK     | 1        | Please answer question 1.
			RISK     | 1 2      | Please answer questions 1 and 2.
			RISK     | 1 2 9    | Please answer questions 1, 2 and 9.
			FUNCTION | 3        | Please answer question 3.
			FUNCTION | 8 9 10   | Please answer questions 9 and 10.
			""")
	void namesTheQuestionsInWords(QuestionnaireKind kind, String leftOut, String expected) {
		Questionnaire questionnaire = READER.readBundled(kind);
		List<String> codes = new ArrayList<>(Collections.nCopies(questionnaire.items().size(), "answered"));
		Arrays.stream(leftOut.split(" ")).forEach((n) -> codes.set(Integer.parseInt(n) - 1, null));
		String message = QuestionnaireController.unanswered(questionnaire, codes);
		assertThat(message).isEqualTo(expected).doesNotContain("[").doesNotContain("risk-");
	}

}
