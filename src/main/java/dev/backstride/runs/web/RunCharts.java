package dev.backstride.runs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.backstride.account.Units;
import dev.backstride.runs.OriginalFile;
import dev.backstride.runs.ReadResult;
import dev.backstride.runs.Track;
import dev.backstride.runs.fileimport.ActivityFiles;

/**
 * A run page's route outline and charts, read again from the original file: the route as an SVG
 * polyline (positions projected onto a flat plane around the route's middle latitude, no map tiles),
 * and pace, heart rate and elevation over the distance, thinned to at most {@value #MAX_POINTS} points.
 * Distance and pace are in the runner's units, as the rest of the page.
 */
record RunCharts(Optional<Route> route, Series series) {

	static final int MAX_POINTS = 400;

	/** 32 MiB: the largest file an import keeps. */
	private static final long MAX_BYTES = 32L * 1024 * 1024;

	record Route(String viewBox, String points) {
	}

	record Series(boolean hasPace, boolean hasHeartRate, boolean hasElevation, String json) {
	}

	static Optional<RunCharts> of(OriginalFile original, Units units) {
		if (!(ActivityFiles.read(original.bytes(), MAX_BYTES) instanceof ReadResult.Read read)) {
			return Optional.empty();
		}
		Track track = read.recording().track();
		if (track.size() < 2) {
			return Optional.empty();
		}
		return Optional.of(new RunCharts(route(track), series(track, units)));
	}

	private static Optional<Route> route(Track t) {
		double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
		for (int i = 0; i < t.size(); i++) {
			if (!Double.isNaN(t.latitude()[i]) && !Double.isNaN(t.longitude()[i])) {
				minLat = Math.min(minLat, t.latitude()[i]);
				maxLat = Math.max(maxLat, t.latitude()[i]);
				minLon = Math.min(minLon, t.longitude()[i]);
				maxLon = Math.max(maxLon, t.longitude()[i]);
			}
		}
		if (minLat > maxLat) {
			return Optional.empty();
		}
		double squeeze = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double width = Math.max((maxLon - minLon) * squeeze, 1e-6);
		double height = Math.max(maxLat - minLat, 1e-6);
		double scale = 1000 / Math.max(width, height);
		StringBuilder points = new StringBuilder();
		int step = Math.max(1, t.size() / (MAX_POINTS * 2));
		for (int i = 0; i < t.size(); i += step) {
			if (!Double.isNaN(t.latitude()[i]) && !Double.isNaN(t.longitude()[i])) {
				double x = (t.longitude()[i] - minLon) * squeeze * scale;
				double y = (maxLat - t.latitude()[i]) * scale;
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			}
		}
		return Optional.of(new Route(String.format(Locale.ROOT, "-10 -10 %.0f %.0f", width * scale + 20, height * scale + 20),
				points.toString().strip()));
	}

	private static Series series(Track t, Units units) {
		int step = Math.max(1, t.size() / MAX_POINTS);
		double unitsPerKm = units.fromKm(1.0);
		List<String> distance = new ArrayList<>();
		List<String> pace = new ArrayList<>();
		List<String> hr = new ArrayList<>();
		List<String> ele = new ArrayList<>();
		boolean anyPace = false, anyHr = false, anyEle = false;
		for (int i = step; i < t.size(); i += step) {
			int from = i - step;
			double meters = t.distance()[i] - t.distance()[from];
			double seconds = t.seconds()[i] - t.seconds()[from];
			double minutesPerKm = meters > 1 && seconds > 0 ? seconds / 60 / (meters / 1000) : Double.NaN;
			boolean paceShown = minutesPerKm > 2 && minutesPerKm < 20;
			anyPace |= paceShown;
			anyHr |= !Double.isNaN(t.heartRate()[i]);
			anyEle |= !Double.isNaN(t.elevation()[i]);
			distance.add(number(t.distance()[i] / 1000 * unitsPerKm, "%.2f"));
			pace.add(paceShown ? number(minutesPerKm / unitsPerKm, "%.2f") : "null");
			hr.add(number(t.heartRate()[i], "%.0f"));
			ele.add(number(t.elevation()[i], "%.1f"));
		}
		String json = "{\"unit\":\"" + units.symbol() + "\",\"distance\":[" + String.join(",", distance) + "],\"pace\":[" + String.join(",", pace) + "],\"hr\":["
				+ String.join(",", hr) + "],\"elevation\":[" + String.join(",", ele) + "]}";
		return new Series(anyPace, anyHr, anyEle, json);
	}

	private static String number(double value, String format) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, format, value);
	}

}
