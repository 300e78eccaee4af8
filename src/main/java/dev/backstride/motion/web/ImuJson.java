package dev.backstride.motion.web;

import java.io.InputStream;
import java.util.Arrays;

import dev.backstride.motion.ImuRecording;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the recorder's JSON, {@code {"t": [s…], "acc": [[x,y,z]…], "gyro": [[x,y,z]…]}}, as a stream
 * straight into primitive arrays: a ten-minute recording never becomes a tree of boxed numbers, and a
 * body past the sample cap is refused as soon as the cap is passed.
 */
final class ImuJson {

	private static final JsonFactory FACTORY = new JsonFactory();

	private ImuJson() {
	}

	static ImuRecording read(InputStream in, int maxSamples) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
			return read(parser, maxSamples);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(plain(ex));
		}
	}

	/** What was wrong with the JSON, without the parser's own words. */
	private static String plain(JacksonException ex) {
		if (ex instanceof UnexpectedEndOfInputException) {
			return "The body is not valid JSON: it ends before it is complete.";
		}
		if (ex instanceof StreamConstraintsException) {
			return "A number or text in the body is longer than a recording holds (numbers of at most 1000 digits).";
		}
		var where = ex.getLocation();
		return "The body is not valid JSON" + (where == null || where.getCharOffset() < 0 && where.getByteOffset() < 0
				? "" : " (near byte " + Math.max(where.getCharOffset(), where.getByteOffset()) + ")") + ".";
	}

	private static ImuRecording read(JsonParser parser, int maxSamples) {
		expect(parser.nextToken() == JsonToken.START_OBJECT, "The body must be a JSON object with t, acc and gyro.");
		double[] t = null;
		double[][] acc = null;
		double[][] gyro = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "t" -> t = numbers(parser, maxSamples);
				case "acc" -> acc = triples(parser, "acc", maxSamples);
				case "gyro" -> gyro = triples(parser, "gyro", maxSamples);
				default -> parser.skipChildren();
			}
		}
		expect(t != null, "Missing \"t\": the time stamps in seconds.");
		expect(acc != null, "Missing \"acc\": acceleration including gravity, [[x, y, z], …] in m/s².");
		expect(gyro != null, "Missing \"gyro\": the rotation rate, [[x, y, z], …] in rad/s. A gyroscope is required.");
		int n = t.length;
		expect(acc[0].length == n && gyro[0].length == n, "\"t\", \"acc\" and \"gyro\" must have the same length ("
				+ n + ", " + acc[0].length + ", " + gyro[0].length + ").");
		return new ImuRecording(t, acc[0], acc[1], acc[2], gyro[0], gyro[1], gyro[2]);
	}

	private static double[] numbers(JsonParser parser, int max) {
		expect(parser.currentToken() == JsonToken.START_ARRAY, "\"t\" must be an array of seconds.");
		double[] values = new double[1024];
		int n = 0;
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			expect(parser.currentToken().isNumeric(), "\"t\" must hold numbers only (entry " + n + ").");
			values = grow(values, n, max);
			values[n++] = parser.getDoubleValue();
		}
		return Arrays.copyOf(values, n);
	}

	private static double[][] triples(JsonParser parser, String name, int max) {
		expect(parser.currentToken() == JsonToken.START_ARRAY, "\"" + name + "\" must be an array of [x, y, z].");
		double[][] axes = { new double[1024], new double[1024], new double[1024] };
		int n = 0;
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			expect(parser.currentToken() == JsonToken.START_ARRAY, "\"" + name + "\" entry " + n + " must be [x, y, z].");
			for (int axis = 0; axis < 3; axis++) {
				JsonToken token = parser.nextToken();
				expect(token != null && token.isNumeric(), "\"" + name + "\" entry " + n + " must be three numbers.");
				axes[axis] = grow(axes[axis], n, max);
				axes[axis][n] = parser.getDoubleValue();
			}
			expect(parser.nextToken() == JsonToken.END_ARRAY, "\"" + name + "\" entry " + n + " must be three numbers.");
			n++;
		}
		for (int axis = 0; axis < 3; axis++) {
			axes[axis] = Arrays.copyOf(axes[axis], n);
		}
		return axes;
	}

	private static double[] grow(double[] values, int n, int max) {
		if (n >= max) {
			throw new IllegalArgumentException("The recording has more than " + max
					+ " samples; the limit is about an hour at 100 Hz. Upload a shorter part of the run.");
		}
		return n < values.length ? values : Arrays.copyOf(values, Math.min(max, values.length * 2));
	}

	private static void expect(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
