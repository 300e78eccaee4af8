package dev.backstride.screening;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where to read questionnaire definitions from. Unset, Backstride uses its own adapted wording; a
 * deployer with a licence for an official version points {@code backstride.questionnaires.risk}
 * and/or {@code backstride.questionnaires.function} at a FHIR {@code Questionnaire} JSON file of the
 * same structure.
 */
@ConfigurationProperties("backstride.questionnaires")
public record QuestionnaireSettings(@Nullable Path risk, @Nullable Path function) {

}
