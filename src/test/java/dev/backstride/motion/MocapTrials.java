package dev.backstride.motion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development set of real running kinematics turned into a sacral sensor's signal
 * ({@code src/test/resources/motion/mocap}, see its README): each trial's recording and its reference
 * values per stride.
 */
final class MocapTrials {

	static final List<String> IDS = List.of("bmc-rbds001-T25", "bmc-rbds001-T35", "ric-201225", "ric-200267");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MocapTrials() {
	}

	/** A contact from the reference: time in seconds, side, and whether its timing is trusted. */
	record Contact(double t, boolean left, boolean reliable) {
	}

	/** Reference means over strides, degrees and steps per minute. */
	record Reference(String id, double tilt, double obliquity, double rotation, double leftDrop, double rightDrop,
			double cadence, List<Contact> contacts, double[] biasRadPerSecond) {
	}

	static ImuRecording recording(String id, boolean noisy) {
		return fromJson("/motion/mocap/" + (noisy ? "noisy/" : "clean/") + id + ".json");
	}

	/** A recording in the API's JSON form, from a test resource. */
	static ImuRecording fromJson(String resource) {
		JsonNode root = read(resource);
		JsonNode t = root.get("t"), acc = root.get("acc"), gyro = root.get("gyro");
		int n = t.size();
		double[][] c = new double[7][n];
		for (int i = 0; i < n; i++) {
			c[0][i] = t.get(i).asDouble();
			for (int k = 0; k < 3; k++) {
				c[1 + k][i] = acc.get(i).get(k).asDouble();
				c[4 + k][i] = gyro.get(i).get(k).asDouble();
			}
		}
		return new ImuRecording(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
	}

	/** The reference angles per sample: tilt, obliquity, rotation in degrees on the recording's time base. */
	static double[][] angles(String id) {
		JsonNode root = read("/motion/mocap/reference/" + id + ".angles.json");
		String[] names = { "tilt_deg", "obliquity_deg", "rotation_deg" };
		double[][] a = new double[3][];
		for (int k = 0; k < 3; k++) {
			JsonNode values = root.get(names[k]);
			a[k] = new double[values.size()];
			for (int i = 0; i < a[k].length; i++) {
				a[k][i] = values.get(i).asDouble();
			}
		}
		return a;
	}

	static Reference reference(String id) {
		for (JsonNode trial : read("/motion/mocap/expected.json").get("trials")) {
			if (trial.get("id").asString().equals(id)) {
				JsonNode ex = trial.get("excursion_deg"), drop = trial.get("drop_deg");
				List<Contact> contacts = new ArrayList<>();
				for (JsonNode c : trial.get("contacts")) {
					contacts.add(new Contact(c.get("t").asDouble(), c.get("side").asString().equals("L"),
							c.get("reliable").asBoolean()));
				}
				JsonNode b = trial.get("noisy_gyro_bias_rad_s");
				return new Reference(id, ex.get("tilt").get("mean").asDouble(),
						ex.get("obliquity").get("mean").asDouble(), ex.get("rotation").get("mean").asDouble(),
						drop.get("left").get("mean").asDouble(), drop.get("right").get("mean").asDouble(),
						trial.get("cadence_steps_per_min").asDouble(), contacts,
						new double[] { b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble() });
			}
		}
		throw new IllegalArgumentException("no trial " + id);
	}

	static JsonNode read(String resource) {
		try (InputStream in = MocapTrials.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("missing test resource " + resource);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
