package dev.backstride.screening;

import java.nio.file.Path;

import dev.backstride.screening.fhir.FhirQuestionnaireReader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the two questionnaire definitions once, at start-up. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

	@Bean
	Questionnaires questionnaires(QuestionnaireSettings settings) {
		FhirQuestionnaireReader reader = new FhirQuestionnaireReader();
		return new Questionnaires(load(reader, QuestionnaireKind.RISK, settings.risk()),
				load(reader, QuestionnaireKind.FUNCTION, settings.function()));
	}

	private static Questionnaire load(FhirQuestionnaireReader reader, QuestionnaireKind kind, @Nullable Path file) {
		return (file != null) ? reader.read(kind, file) : reader.readBundled(kind);
	}

}
