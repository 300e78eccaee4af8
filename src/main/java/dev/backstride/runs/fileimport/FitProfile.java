package dev.backstride.runs.fileimport;

import java.util.Optional;

/**
 * The parts of the FIT profile (Garmin's published message and field list) that a run is read from:
 * message and field numbers with their scale and offset, and the names of file types, sports and
 * sub-sports, in the profile's own lower-case spelling.
 */
final class FitProfile {

	static final int FILE_ID = 0;

	static final int FILE_ID_TYPE = 0;

	static final int SESSION = 18;

	static final int SESSION_START_TIME = 2;

	static final int SESSION_SPORT = 5;

	static final int SESSION_SUB_SPORT = 6;

	/** Seconds, scale 1000. */
	static final int SESSION_TOTAL_ELAPSED_TIME = 7;

	/** Seconds, scale 1000. */
	static final int SESSION_TOTAL_TIMER_TIME = 8;

	/** Metres, scale 100. */
	static final int SESSION_TOTAL_DISTANCE = 9;

	static final int SESSION_AVG_HEART_RATE = 16;

	/** Strides (one foot) per minute for running. */
	static final int SESSION_AVG_CADENCE = 18;

	static final int SESSION_TOTAL_ASCENT = 22;

	/** Millimetres, scale 10. */
	static final int SESSION_AVG_VERTICAL_OSCILLATION = 89;

	/** Milliseconds, scale 10. */
	static final int SESSION_AVG_STANCE_TIME = 91;

	/** Strides per minute, scale 128. */
	static final int SESSION_AVG_FRACTIONAL_CADENCE = 92;

	/** Percent, scale 100. */
	static final int SESSION_AVG_STANCE_TIME_BALANCE = 133;

	static final int RECORD = 20;

	/** Semicircles (2^31 to 180 degrees). */
	static final int RECORD_POSITION_LAT = 0;

	static final int RECORD_POSITION_LONG = 1;

	/** Metres, scale 5, offset 500. */
	static final int RECORD_ALTITUDE = 2;

	static final int RECORD_HEART_RATE = 3;

	static final int RECORD_CADENCE = 4;

	/** Metres, scale 100. */
	static final int RECORD_DISTANCE = 5;

	/** Metres per second, scale 1000. */
	static final int RECORD_SPEED = 6;

	/** 12 bits of speed (scale 100) then 12 bits of distance (scale 16, accumulating). */
	static final int RECORD_COMPRESSED_SPEED_DISTANCE = 8;

	static final int RECORD_ENHANCED_SPEED = 73;

	static final int RECORD_ENHANCED_ALTITUDE = 78;

	static final int ACTIVITY_FILE = 4;

	private static final String[] FILE_TYPES = new String[256];

	private static final String[] SPORTS = { "generic", "running", "cycling", "transition", "fitness_equipment",
			"swimming", "basketball", "soccer", "tennis", "american_football", "training", "walking",
			"cross_country_skiing", "alpine_skiing", "snowboarding", "rowing", "mountaineering", "hiking", "multisport",
			"paddling", "flying", "e_biking", "motorcycling", "boating", "driving", "golf", "hang_gliding",
			"horseback_riding", "hunting", "fishing", "inline_skating", "rock_climbing", "sailing", "ice_skating",
			"sky_diving", "snowshoeing", "snowmobiling", "stand_up_paddleboarding", "surfing", "wakeboarding",
			"water_skiing", "kayaking", "rafting", "windsurfing", "kitesurfing", "tactical", "jumpmaster", "boxing",
			"floor_climbing", "baseball", null, null, null, "diving", null, null, null, null, "shooting", null, null,
			null, "hiit", null, "racket", "wheelchair_push_walk", "wheelchair_push_run", "meditation", null,
			"disc_golf", null, "cricket", "rugby", "hockey", "lacrosse", "volleyball", "water_tubing", "wakesurfing",
			null, null, "mixed_martial_arts", null, "snorkeling", "dance", "jump_rope" };

	private static final String[] SUB_SPORTS = { "generic", "treadmill", "street", "trail", "track", "spin",
			"indoor_cycling", "road", "mountain", "downhill", "recumbent", "cyclocross", "hand_cycling", "track_cycling",
			"indoor_rowing", "elliptical", "stair_climbing", "lap_swimming", "open_water", "flexibility_training",
			"strength_training", "warm_up", "match", "exercise", "challenge", "indoor_skiing", "cardio_training",
			"indoor_walking", "e_bike_fitness", "bmx", "casual_walking", "speed_walking", "bike_to_run_transition",
			"run_to_bike_transition", "swim_to_bike_transition", "atv", "motocross", "backcountry", "resort", "rc_drone",
			"wingsuit", "whitewater", "skate_skiing", "yoga", "pilates", "indoor_running", "gravel_cycling",
			"e_bike_mountain", "commuting", "mixed_surface", "navigate", "track_me", "map", "single_gas_diving",
			"multi_gas_diving", "gauge_diving", "apnea_diving", "apnea_hunting", "virtual_activity", "obstacle" };

	static {
		String[][] types = { { "1", "device" }, { "2", "settings" }, { "3", "sport" }, { "4", "activity" },
				{ "5", "workout" }, { "6", "course" }, { "7", "schedules" }, { "9", "weight" }, { "10", "totals" },
				{ "11", "goals" }, { "14", "blood_pressure" }, { "15", "monitoring_a" }, { "20", "activity_summary" },
				{ "28", "monitoring_daily" }, { "32", "monitoring_b" }, { "34", "segment" }, { "35", "segment_list" },
				{ "40", "exd_configuration" } };
		for (String[] type : types) {
			FILE_TYPES[Integer.parseInt(type[0])] = type[1];
		}
	}

	private FitProfile() {
	}

	/** The file type's name ("settings", "monitoring_b"), or "type 17" for one the table does not name. */
	static String fileType(int value) {
		return name(FILE_TYPES, value, "type ");
	}

	/** The sport's name ("running", "cycling"), or "sport 60" for one the table does not name. */
	static String sport(int value) {
		return name(SPORTS, value, "sport ");
	}

	/** The sub-sport's name, or empty for none, generic or one the table does not name. */
	static Optional<String> subSport(int value) {
		if (value <= 0 || value >= SUB_SPORTS.length) {
			return Optional.empty();
		}
		return Optional.ofNullable(SUB_SPORTS[value]);
	}

	private static String name(String[] names, int value, String unnamed) {
		String name = value >= 0 && value < names.length ? names[value] : null;
		return name != null ? name : unnamed + value;
	}

}
