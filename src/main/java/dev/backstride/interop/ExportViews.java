package dev.backstride.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import dev.backstride.account.AccessToken;
import dev.backstride.account.Account;
import dev.backstride.account.Profile;
import dev.backstride.account.Units;
import dev.backstride.checkin.CheckIn;
import dev.backstride.program.LoggedSession;
import dev.backstride.program.PerformedExercise;
import dev.backstride.program.PerformedSet;
import dev.backstride.program.SelfTest;
import dev.backstride.program.TakenTest;
import dev.backstride.runs.Run;
import dev.backstride.screening.Clearance;
import dev.backstride.screening.FunctionResponse;
import dev.backstride.screening.RedFlagScreening;
import dev.backstride.screening.RiskResponse;
import org.jspecify.annotations.Nullable;

/**
 * The export's JSON shape of each kind of record: plain names, units in the names, ISO dates, and
 * {@code null} for what the runner did not give. Built as ordered maps so the files read top to bottom
 * as the forms ask; the shape is ours and independent of how the modules name their fields.
 */
final class ExportViews {

	private ExportViews() {
	}

	static Map<String, @Nullable Object> profile(Account account, Profile profile, Units units) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("email", account.email().value());
		view.put("signedUpAt", account.createdAt().toString());
		view.put("age", profile.age().orElse(null));
		view.put("sex", profile.sex().map(Enum::name).orElse(null));
		view.put("yearsRunning", profile.yearsRunning().orElse(null));
		view.put("weeklyDistanceKm", profile.weeklyDistanceKm().orElse(null));
		view.put("terrainPercent", Map.of("road", profile.terrain().roadPercent(), "trail",
				profile.terrain().trailPercent(), "track", profile.terrain().trackPercent(), "treadmill",
				profile.terrain().treadmillPercent()));
		view.put("distanceUnits", units.name());
		return view;
	}

	static Map<String, @Nullable Object> token(AccessToken token) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("name", token.name());
		view.put("createdAt", token.createdAt().toString());
		view.put("lastUsedAt", token.lastUsedAt().map(Instant::toString).orElse(null));
		view.put("revokedAt", token.revokedAt().map(Instant::toString).orElse(null));
		return view;
	}

	static Map<String, @Nullable Object> screening(RedFlagScreening screening) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("screenedAt", screening.screenedAt().toString());
		Map<String, Boolean> answers = new LinkedHashMap<>();
		screening.answers().byItem().forEach((item, yes) -> answers.put(item.id(), yes));
		view.put("answers", answers);
		view.put("age", screening.profile().ageYears());
		view.put("sex", screening.profile().sex().name());
		view.put("outcome", screening.outcome().level().name());
		view.put("ruleIds", screening.outcome().ruleIds());
		view.put("notes", screening.outcome().context());
		return view;
	}

	static Map<String, @Nullable Object> care(List<Instant> assessed, List<Clearance> clearances) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("clinicianCheckedYouAt", assessed.stream().map(Instant::toString).toList());
		view.put("adviceToSeeADoctorConfirmed", clearances.stream()
			.map((c) -> Map.of("confirmedAt", c.confirmedAt().toString(), "consultedDoctor", c.consultedDoctor()))
			.toList());
		return view;
	}

	static Map<String, @Nullable Object> risk(RiskResponse response) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("answeredAt", response.answeredAt().toString());
		view.put("questionnaire", response.questionnaireUrl());
		view.put("items1to8Agree", response.answers().agreeItems());
		view.put("item9Bothersomeness", response.answers().bothersomenessLevel());
		view.put("total", response.score().total());
		view.put("distressSubscore", response.score().distress());
		view.put("stratum", response.score().stratum().name());
		return view;
	}

	static Map<String, @Nullable Object> function(FunctionResponse response) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("answeredAt", response.answeredAt().toString());
		view.put("questionnaire", response.questionnaireUrl());
		view.put("sections", response.answers().sections());
		view.put("percent", response.score().percent());
		view.put("band", response.score().band().name());
		return view;
	}

	static Map<String, @Nullable Object> checkIn(CheckIn checkIn) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("date", checkIn.date().toString());
		view.put("painNow", checkIn.painNow().value());
		view.put("worstPainLast24h", checkIn.worstPain24h().value());
		view.put("where", checkIn.locations().stream().map(Enum::name).sorted().toList());
		view.put("kind", checkIn.kinds().stream().map(Enum::name).sorted().toList());
		view.put("when", checkIn.timing().stream().map(Enum::name).sorted().toList());
		view.put("lastRunPain", checkIn.lastRun().map((r) -> r.painDuringRun().value()).orElse(null));
		view.put("lastRunPainChangedStride", checkIn.lastRun().map((r) -> r.painRoseAndChangedStride()).orElse(null));
		view.put("nextMorning", checkIn.nextMorning().map(Enum::name).orElse(null));
		view.put("newOrChangedSymptoms", checkIn.newOrChangedSymptoms());
		return view;
	}

	static Map<String, @Nullable Object> session(LoggedSession logged) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("date", logged.session().date().toString());
		view.put("recordedAt", logged.recordedAt().toString());
		view.put("kind", logged.session().kind().name());
		view.put("painDuring", logged.session().painDuring());
		view.put("note", logged.session().note().orElse(null));
		List<Map<String, Object>> exercises = new ArrayList<>();
		for (PerformedExercise done : logged.session().exercises()) {
			List<Map<String, Object>> sets = new ArrayList<>();
			for (PerformedSet set : done.sets()) {
				Map<String, Object> setView = new LinkedHashMap<>();
				set.side().ifPresent((side) -> setView.put("side", side.name()));
				setView.put("reps", set.reps());
				setView.put("holdSeconds", set.holdSeconds());
				sets.add(setView);
			}
			exercises.add(Map.of("exercise", done.exercise().id(), "title", done.exercise().title(), "sets", sets));
		}
		view.put("exercises", exercises);
		return view;
	}

	static Map<String, @Nullable Object> selfTest(TakenTest taken) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("test", taken.test().id());
		view.put("takenAt", taken.takenAt().toString());
		switch (taken.test()) {
			case SelfTest.Hamstrings h -> {
				view.put("leftLegRaiseDegrees", h.leftDegrees());
				view.put("rightLegRaiseDegrees", h.rightDegrees());
			}
			case SelfTest.Core c -> {
				view.put("plankSeconds", c.plankSeconds());
				view.put("sidePlankLeftSeconds", c.sidePlankLeftSeconds());
				view.put("sidePlankRightSeconds", c.sidePlankRightSeconds());
			}
			case SelfTest.HipFlexors f -> {
				view.put("leftThighLifts", f.leftThighLifts());
				view.put("rightThighLifts", f.rightThighLifts());
			}
		}
		view.put("findings", taken.test().findings().stream().map((f) -> f.reason()).toList());
		return view;
	}

	static Map<String, @Nullable Object> run(Run run, Optional<String> originalPath) {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("id", run.id());
		view.put("date", run.date().toString());
		view.put("start", run.startTimeKnown() ? run.start().toString() : null);
		view.put("elapsedSeconds", run.elapsedSeconds());
		view.put("movingSeconds", run.movingSeconds());
		view.put("distanceMeters", run.distanceMeters());
		view.put("ascentMeters", number(run.ascentMeters()));
		view.put("averageHeartRate", number(run.avgHeartRate()));
		view.put("averageCadenceStepsPerMinute", number(run.avgCadence()));
		view.put("sport", run.sport());
		view.put("subSport", run.subSport().orElse(null));
		view.put("terrain", run.terrain().name());
		view.put("terrainGuessed", run.terrainInferred());
		view.put("source", run.source().name());
		view.put("painDuring", run.feel().map((f) -> f.painDuring()).orElse(null));
		view.put("painAfter", run.feel().map((f) -> f.painAfter()).orElse(null));
		view.put("painChangedStride", run.feel().map((f) -> f.painChangedStride()).orElse(null));
		view.put("effort", run.feel().map((f) -> f.effort()).orElse(null));
		view.put("verticalOscillationMm", number(run.dynamics().verticalOscillationMm()));
		view.put("groundContactMs", number(run.dynamics().stanceTimeMs()));
		view.put("groundContactLeftPercent", number(run.dynamics().stanceBalanceLeftPercent()));
		view.put("originalFileFolder", originalPath.orElse(null));
		return view;
	}

	private static @Nullable Double number(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

	private static @Nullable Integer number(OptionalInt value) {
		return value.isPresent() ? value.getAsInt() : null;
	}

}
