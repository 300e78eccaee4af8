package dev.backstride.runs.fileimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity types in a Strava bulk export's {@code activities.csv}, by the file each row names
 * ({@code activities/123.gpx.gz}): "Run", "Trail Run", "Virtual Run", "Ride" and so on. Quoted fields
 * may hold commas, quotes and line breaks (activity descriptions do).
 */
final class StravaActivities {

	private final Map<String, String> typeByFile;

	private StravaActivities(Map<String, String> typeByFile) {
		this.typeByFile = typeByFile;
	}

	static StravaActivities none() {
		return new StravaActivities(Map.of());
	}

	/** Reads the CSV; at most {@code maxRows} rows are kept. */
	static StravaActivities read(InputStream csv, int maxRows) throws IOException {
		Reader in = new java.io.BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 65536);
		List<String> header = record(in);
		int file = header.indexOf("Filename");
		int type = header.indexOf("Activity Type");
		Map<String, String> types = new HashMap<>();
		if (file < 0 || type < 0) {
			return new StravaActivities(types);
		}
		for (List<String> row = record(in); !row.isEmpty() && types.size() < maxRows; row = record(in)) {
			if (row.size() > Math.max(file, type) && !row.get(file).isBlank()) {
				types.put(row.get(file).strip(), row.get(type).strip());
			}
		}
		return new StravaActivities(types);
	}

	/** The type of the activity whose file is at this path inside the export. */
	Optional<String> typeOf(String path) {
		return Optional.ofNullable(this.typeByFile.get(path));
	}

	/** One CSV record (RFC 4180), or an empty list at the end of the input. */
	private static List<String> record(Reader in) throws IOException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int c;
		while ((c = in.read()) >= 0) {
			any = true;
			if (quoted) {
				if (c == '"') {
					in.mark(1);
					int next = in.read();
					if (next == '"') {
						field.append('"');
						continue;
					}
					quoted = false;
					if (next < 0) {
						break;
					}
					c = next;
				}
				else {
					field.append((char) c);
					continue;
				}
			}
			if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				break;
			}
			else if (c != '\r') {
				field.append((char) c);
			}
		}
		if (any) {
			fields.add(field.toString());
		}
		return fields;
	}

}
