package dev.backstride.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Says in plain words what is wrong with a JSON body that could not be read, naming the field by its
 * JSON path ("terrain.road", "locations[0]") and never quoting the parser.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	/** The detail for a body that failed to read, or null when the failure was not about JSON. */
	static @Nullable String detail(Throwable failure) {
		JacksonException jackson = find(failure, JacksonException.class);
		if (jackson == null) {
			return null;
		}
		String field = field(jackson);
		JsonInput.UnstorableText unstorable = find(failure, JsonInput.UnstorableText.class);
		if (unstorable != null) {
			return subject(field) + " " + unstorable.getMessage() + ".";
		}
		if (jackson instanceof StreamConstraintsException constraint) {
			// the parser stops before it knows the field, so only the kind of value can be named
			String what = String.valueOf(constraint.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
			if (what.contains("number")) {
				return "A number in the body has more digits than any field takes (at most 1000).";
			}
			if (what.contains("nesting")) {
				return "The body nests lists and objects deeper than any request needs.";
			}
			return "A text or name in the body is longer than any field takes.";
		}
		if (jackson instanceof UnexpectedEndOfInputException) {
			return "The body is not valid JSON: it ends before it is complete.";
		}
		if (jackson instanceof InputCoercionException coercion) {
			return subject(field) + " must be " + expected(coercion.getTargetType()) + " of a sensible size; this one is"
					+ " too large.";
		}
		if (jackson instanceof PropertyBindingException) {
			return subject(field) + " is not one this request takes.";
		}
		if (jackson instanceof InvalidNullException) {
			return subject(field) + " must not be null.";
		}
		if (jackson instanceof MismatchedInputException mismatch) {
			if (field == null && isObject(mismatch.getTargetType())) {
				return "The body must be a JSON object.";
			}
			return subject(field) + " must be " + expected(mismatch.getTargetType()) + ".";
		}
		if (jackson instanceof StreamReadException duplicate
				&& String.valueOf(duplicate.getOriginalMessage()).startsWith("Duplicate")) {
			return subject(field) + " appears more than once; send each field once.";
		}
		if (jackson instanceof StreamReadException read) {
			var where = read.getLocation();
			return "The body is not valid JSON" + (where == null || where.getLineNr() < 1 ? ""
					: " (near line " + where.getLineNr() + ", character " + where.getColumnNr() + ")") + ".";
		}
		return subject(field) + " could not be read.";
	}

	private static String subject(@Nullable String field) {
		return field == null ? "A value in the body" : "The field '" + field + "'";
	}

	private static @Nullable String field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		if (path.isEmpty() && ex.processor() instanceof JsonParser parser) {
			try {
				return parser.currentName();
			}
			catch (RuntimeException unknown) {
				return null;
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static boolean isObject(@Nullable Class<?> type) {
		return type != null && (type.isRecord() || Map.class.isAssignableFrom(type));
	}

	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "a value of another kind";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "a whole number";
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class
				|| type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a text in quotes";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list in square brackets";
		}
		return "a JSON object";
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
