package dev.backstride.screening.fhir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.QuestionnaireKind;
import dev.backstride.screening.Questionnaires;
import dev.backstride.screening.RiskScore;
import dev.backstride.screening.RiskStratum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FhirQuestionnaireReaderTests {

	private final FhirQuestionnaireReader reader = new FhirQuestionnaireReader();

	@Test
	void readsTheBundledRiskScreenWithNineItems() {
		Questionnaire risk = this.reader.readBundled(QuestionnaireKind.RISK);
		assertThat(risk.id()).isEqualTo("risk");
		assertThat(risk.title()).isEqualTo("Back-pain risk screen");
		assertThat(risk.description()).contains("adapted");
		assertThat(risk.items()).hasSize(9).allMatch(Questionnaire.Item::required);
		assertThat(risk.item("risk-9").options()).extracting(Questionnaire.Option::score).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void readsTheBundledFunctionIndexWithTenSectionsOfSixStatements() {
		Questionnaire function = this.reader.readBundled(QuestionnaireKind.FUNCTION);
		assertThat(function.title()).isEqualTo("Back function index");
		assertThat(function.description()).contains("adapted");
		assertThat(function.items()).hasSize(10).allSatisfy((item) -> assertThat(item.options()).hasSize(6));
		assertThat(function.items()).filteredOn((item) -> !item.required())
			.extracting(Questionnaire.Item::linkId)
			.containsExactly("function-8");
	}

	@Test
	void scoresAnswersGivenAsOptionCodes() {
		Questionnaires both = new Questionnaires(this.reader.readBundled(QuestionnaireKind.RISK),
				this.reader.readBundled(QuestionnaireKind.FUNCTION));
		var risk = both.riskAnswers(List.of("agree", "agree", "agree", "disagree", "agree", "agree", "agree",
				"disagree", "level-3"));
		assertThat(RiskScore.score(risk)).isEqualTo(new RiskScore(7, 4, RiskStratum.HIGH));
		var function = both.functionAnswers(Arrays.asList("s1", "s1", "s1", "s1", "s1", "s1", "s1", null, "s1", "s1"));
		assertThat(function.answered()).isEqualTo(9);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> both.riskAnswers(Arrays.asList("agree", "agree", "agree", "agree", "agree", "agree",
					"agree", "agree", "level-9")))
			.withMessageContaining("no answer option level-9");
	}

	@ParameterizedTest
	@EnumSource(QuestionnaireKind.class)
	void readsADeployersFileOfTheSameStructureFromAPath(QuestionnaireKind kind, @TempDir Path dir)
			throws IOException {
		Path file = dir.resolve("licensed.json");
		try (InputStream in = getClass().getResourceAsStream("/questionnaires/" + kind.id() + ".json")) {
			String official = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("adapted", "official");
			Files.writeString(file, official);
		}
		assertThat(this.reader.read(kind, file).description()).contains("official");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a risk screen with 2 items | RISK | {\"resourceType\":\"Questionnaire\",\"title\":\"t\",\"item\":[" + RiskItem.AGREE + "," + RiskItem.AGREE + "]} | needs 9 items",
			"not a Questionnaire | RISK | {\"resourceType\":\"Patient\"} | type Questionnaire",
			"broken JSON | FUNCTION | {\"resourceType\": | not a readable JSON",
			"a text item | FUNCTION | {\"resourceType\":\"Questionnaire\",\"title\":\"t\",\"item\":[{\"linkId\":\"x\",\"type\":\"string\"}]} | unsupported type 'string'",
			"an option without a score | FUNCTION | {\"resourceType\":\"Questionnaire\",\"title\":\"t\",\"item\":[{\"linkId\":\"x\",\"text\":\"q\",\"type\":\"choice\",\"answerOption\":[{\"valueCoding\":{\"code\":\"a\",\"display\":\"A\"}}]}]} | no ordinalValue score" })
	void refusesDefinitionsThatDoNotFitTheScoringRules(String label, QuestionnaireKind kind, String json,
			String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.reader.read(kind, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining(message);
	}

	@Test
	void refusesARiskScreenWhoseBothersomenessScoresDoNotRun0To4() throws IOException {
		String json;
		try (InputStream in = getClass().getResourceAsStream("/questionnaires/risk.json")) {
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"valueDecimal\": 4", "\"valueDecimal\": 1");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.reader.read(QuestionnaireKind.RISK,
					new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("item risk-9 must score [0, 1, 2, 3, 4]");
	}

	@Test
	void refusesAFunctionSectionWithAScoreOutside0To5() throws IOException {
		String json;
		try (InputStream in = getClass().getResourceAsStream("/questionnaires/function.json")) {
			json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("\"valueDecimal\": 5",
					"\"valueDecimal\": 6");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.reader.read(QuestionnaireKind.FUNCTION,
					new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("item function-1 must score [0, 1, 2, 3, 4, 5]");
	}

	private static final class RiskItem {

		static final String AGREE = "{\"linkId\":\"r\",\"text\":\"q\",\"type\":\"choice\",\"required\":true,\"answerOption\":["
				+ "{\"valueCoding\":{\"code\":\"d\",\"display\":\"D\",\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/ordinalValue\",\"valueDecimal\":0}]}},"
				+ "{\"valueCoding\":{\"code\":\"a\",\"display\":\"A\",\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/ordinalValue\",\"valueDecimal\":1}]}}]}";

	}

}
