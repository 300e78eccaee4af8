package dev.backstride.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * API input is taken as sent: a number is a JSON number, a yes/no is {@code true} or {@code false},
 * and text is a JSON string. Jackson would otherwise read {@code "3"} as 3 and {@code " "} or
 * {@code "\u0000"} as null. Text that cannot be stored faithfully (control characters, half of a UTF-16
 * surrogate pair) is refused where it is read.
 */
@Configuration
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder.withCoercionConfig(LogicalType.Integer, JsonInput::onlyItself)
			.withCoercionConfig(LogicalType.Float, JsonInput::onlyItself)
			.withCoercionConfig(LogicalType.Boolean,
					config -> onlyItself(config).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addModule(new SimpleModule("stored-text").addDeserializer(String.class, new StoredText()));
	}

	private static MutableCoercionConfig onlyItself(MutableCoercionConfig config) {
		return config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
			.setAcceptBlankAsEmpty(false);
	}

	/** Thrown while reading a JSON string that holds characters no text field may store. */
	static final class UnstorableText extends IllegalArgumentException {

		UnstorableText() {
			super("contains a control character or half of a character pair, which cannot be stored");
		}

	}

	/** Reads JSON strings only (no numbers or yes/no as text) and refuses characters that cannot be stored. */
	static final class StoredText extends StdScalarDeserializer<String> {

		StoredText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (!storable(text)) {
				throw new UnstorableText();
			}
			return text;
		}

	}

	/**
	 * Whether text can be stored as sent: no control characters other than tab and line breaks, no
	 * unpaired surrogates (PostgreSQL refuses NUL, and neither database can keep half a character).
	 */
	static boolean storable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
			else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return false;
			}
		}
		return true;
	}

}
