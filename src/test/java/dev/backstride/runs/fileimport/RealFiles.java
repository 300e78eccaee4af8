package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real device files in {@code src/test/resources/running/} with their reference facts from
 * {@code expected.json}, and what Backstride does with each: import it as a run, or refuse it with a
 * reason that contains the given words.
 */
public final class RealFiles {

	/** Files that are not runs Backstride takes, with words their refusal must contain. */
	static final Map<String, String> REFUSED = Map.ofEntries(Map.entry("fit/compressed-speed-distance.fit", "no real date"),
			Map.entry("fit/antfs-dump.63.fit", "no real date"),
			Map.entry("fit/sample_mulitple_header.fit", "multisport"),
			Map.entry("fit/activity-large-fenxi2-multisport.fit", "multisport"),
			Map.entry("fit/garmin-fenix-5-walk.fit", "a walk"), Map.entry("fit/garmin-fenix-5-bike.fit", "cycling"),
			Map.entry("fit/event_timestamp.fit", "swimming"), Map.entry("fit/Settings.fit", "not an activity"),
			Map.entry("fit/MonitoringFile.fit", "not an activity"),
			Map.entry("fit/WorkoutRepeatSteps.fit", "not an activity"), Map.entry("gz/14582164182.fit.gz", "cycling"),
			Map.entry("tcx/walking_activity_1.tcx", "not running"), Map.entry("tcx/pool_swim-activity_1.tcx", "not running"),
			Map.entry("tcx/mapmyride_biking.tcx", "cycling"), Map.entry("gpx/track-with-extremes.gpx", "no timing data"),
			Map.entry("gpx/gpx1.0_with_all_fields.gpx", "no timing data"),
			Map.entry("bad/GPX_invalid_extensions.gpx", "damaged"), Map.entry("bad/invalid-latlon.gpx", "damaged"),
			Map.entry("bad/empty-gpx.gpx", "no track points"), Map.entry("bad/activity-filecrc.fit", "damaged"),
			Map.entry("bad/activity-activity-filecrc.fit", "damaged"),
			Map.entry("bad/activity-unexpected-eof.fit", "damaged"),
			Map.entry("bad/activity-settings-corruptheader.fit", "damaged"),
			Map.entry("bad/activity-settings-nodata.fit", "damaged"));

	/** One file and its reference facts. */
	public record RealFile(String path, JsonNode expected) {

		public byte[] bytes() {
			try (InputStream in = RealFiles.class.getResourceAsStream("/running/" + this.path)) {
				if (in == null) {
					throw new IllegalStateException("missing test file " + this.path);
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public boolean isRun() {
			return !REFUSED.containsKey(this.path);
		}

		public String name() {
			return this.path.substring(this.path.lastIndexOf('/') + 1);
		}

		@Override
		public String toString() {
			return this.path;
		}

	}

	private RealFiles() {
	}

	public static List<RealFile> all() {
		try (InputStream in = RealFiles.class.getResourceAsStream("/running/expected.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<RealFile> files = new ArrayList<>();
			for (JsonNode file : root.get("files")) {
				files.add(new RealFile(file.get("file").asString(), file));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<RealFile> runs() {
		return all().stream().filter(RealFile::isRun).toList();
	}

	public static List<RealFile> refused() {
		return all().stream().filter((f) -> !f.isRun()).toList();
	}

}
