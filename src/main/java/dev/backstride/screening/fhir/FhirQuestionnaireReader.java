package dev.backstride.screening.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.backstride.screening.Questionnaire;
import dev.backstride.screening.QuestionnaireKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a FHIR R4 {@code Questionnaire} resource (JSON) into Backstride's own {@link Questionnaire}
 * and checks it against the scoring rules of its kind. Items of type {@code group} are read through
 * to their children and {@code display} items are skipped, so an official file with sections still
 * loads. An option's score is the {@code ordinalValue} extension on the answer option or on its coding.
 */
public final class FhirQuestionnaireReader {

	static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	private final JsonMapper json = JsonMapper.builder().build();

	public Questionnaire read(QuestionnaireKind kind, InputStream in) {
		JsonNode root;
		try {
			root = this.json.readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not a readable JSON questionnaire: " + ex.getOriginalMessage(), ex);
		}
		return kind.validate(toQuestionnaire(kind, root));
	}

	public Questionnaire read(QuestionnaireKind kind, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(kind, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read questionnaire " + file, ex);
		}
	}

	/** Reads one of the definitions shipped with Backstride ({@code questionnaires/<id>.json}). */
	public Questionnaire readBundled(QuestionnaireKind kind) {
		String resource = "/questionnaires/" + kind.id() + ".json";
		try (InputStream in = FhirQuestionnaireReader.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing bundled questionnaire " + resource);
			}
			return read(kind, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Questionnaire toQuestionnaire(QuestionnaireKind kind, JsonNode root) {
		if (!"Questionnaire".equals(root.path("resourceType").asString(""))) {
			throw new IllegalArgumentException("expected a FHIR resource of type Questionnaire");
		}
		List<Questionnaire.Item> items = new ArrayList<>();
		collectItems(root.path("item"), items);
		String title = text(root, "title").or(() -> text(root, "name")).orElse("");
		return new Questionnaire(kind.id(), text(root, "url").orElse(""), title,
				text(root, "description").orElse(""), items);
	}

	private void collectItems(JsonNode itemArray, List<Questionnaire.Item> items) {
		for (JsonNode item : itemArray.values()) {
			String type = item.path("type").asString("");
			switch (type) {
				case "group" -> collectItems(item.path("item"), items);
				case "display" -> {
				}
				case "choice", "coding" -> items.add(toItem(item));
				default -> throw new IllegalArgumentException(
						"item " + item.path("linkId").asString("?") + " has unsupported type '" + type + "'");
			}
		}
	}

	private Questionnaire.Item toItem(JsonNode item) {
		String linkId = item.path("linkId").asString("");
		List<Questionnaire.Option> options = new ArrayList<>();
		for (JsonNode option : item.path("answerOption").values()) {
			JsonNode coding = option.path("valueCoding");
			BigDecimal ordinal = ordinal(option).or(() -> ordinal(coding))
				.orElseThrow(() -> new IllegalArgumentException("an answer option of item " + linkId
						+ " has no ordinalValue score"));
			options.add(new Questionnaire.Option(coding.path("code").asString(""), coding.path("display").asString(""),
					intScore(linkId, ordinal)));
		}
		return new Questionnaire.Item(linkId, item.path("text").asString(""), item.path("required").asBoolean(false),
				options);
	}

	private static Optional<BigDecimal> ordinal(JsonNode node) {
		for (JsonNode extension : node.path("extension").values()) {
			if (ORDINAL_VALUE.equals(extension.path("url").asString(""))) {
				JsonNode value = extension.path("valueDecimal");
				if (value.isNumber()) {
					return Optional.of(value.decimalValue());
				}
			}
		}
		return Optional.empty();
	}

	private static int intScore(String linkId, BigDecimal ordinal) {
		try {
			return ordinal.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("score of item " + linkId + " must be a whole number: " + ordinal);
		}
	}

	private static Optional<String> text(JsonNode root, String field) {
		JsonNode node = root.path(field);
		return node.isString() ? Optional.of(node.asString()) : Optional.empty();
	}

}
