package dev.backstride.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backstride.motion.MotionSummary;
import dev.backstride.program.SelfTest;
import dev.backstride.program.TakenTest;
import dev.backstride.runs.Run;

import static dev.backstride.interop.FhirResources.CODES;
import static dev.backstride.interop.FhirResources.LOINC;
import static dev.backstride.interop.FhirResources.coding;
import static dev.backstride.interop.FhirResources.component;
import static dev.backstride.interop.FhirResources.observation;
import static dev.backstride.interop.FhirResources.quantity;
import static dev.backstride.interop.FhirResources.round;
import static dev.backstride.interop.FhirResources.score;

/**
 * What the runner did and measured, in FHIR: each run, self-test and measured pelvis recording as one
 * Observation with components in UCUM units.
 */
final class FhirActivities {

	private FhirActivities() {
	}

	static Map<String, Object> run(String patient, Run run) {
		Map<String, Object> observation = observation(patient, "activity", coding(CODES, "run", "Run"), run.date());
		if (run.startTimeKnown()) {
			observation.remove("effectiveDateTime");
			observation.put("effectivePeriod", Map.of("start", run.start().toString(), "end",
					run.start().plusSeconds(run.elapsedSeconds()).toString()));
		}
		List<Map<String, Object>> components = new ArrayList<>();
		components.add(component(coding(CODES, "distance", "Distance run"), "valueQuantity",
				quantity(BigDecimal.valueOf(run.distanceMeters()).setScale(1, RoundingMode.HALF_UP), "m", "m")));
		components.add(component(coding(CODES, "elapsed-time", "Elapsed time"), "valueQuantity",
				quantity(run.elapsedSeconds(), "s", "s")));
		components.add(component(coding(CODES, "moving-time", "Moving time"), "valueQuantity",
				quantity(run.movingSeconds(), "s", "s")));
		run.ascentMeters().ifPresent((m) -> components.add(component(coding(CODES, "ascent", "Total climb"),
				"valueQuantity", quantity(BigDecimal.valueOf(m).setScale(1, RoundingMode.HALF_UP), "m", "m"))));
		run.avgHeartRate().ifPresent((bpm) -> components.add(component(coding(LOINC, "8867-4", "Heart rate"),
				"valueQuantity", quantity(bpm, "/min", "beats/minute"))));
		run.avgCadence().ifPresent((spm) -> components.add(component(coding(CODES, "running-cadence",
				"Running cadence, steps per minute"), "valueQuantity", quantity(spm, "/min", "steps/minute"))));
		run.feel().ifPresent((feel) -> {
			components.add(component(coding(CODES, "pain-during-run", "Back pain during the run, 0-10"),
					"valueQuantity", score(feel.painDuring())));
			components.add(component(coding(CODES, "pain-after-run", "Back pain just after the run, 0-10"),
					"valueQuantity", score(feel.painAfter())));
			components.add(component(coding(CODES, "pain-changed-stride", "Rising pain changed the stride"),
					"valueBoolean", feel.painChangedStride()));
			components.add(component(coding(CODES, "effort", "Effort, 1-10"), "valueQuantity", score(feel.effort())));
		});
		components.add(component(coding(CODES, "terrain", "Terrain"), "valueString",
				run.terrain().name().toLowerCase(java.util.Locale.ROOT) + (run.terrainInferred() ? " (guessed)" : "")));
		observation.put("component", components);
		return observation;
	}

	static Map<String, Object> selfTest(String patient, TakenTest taken) {
		Map<String, Object> observation = observation(patient, "exam",
				coding(CODES, taken.test().id(), switch (taken.test()) {
					case SelfTest.Hamstrings h -> "Active straight-leg raise";
					case SelfTest.Core c -> "Plank and side-plank holds";
					case SelfTest.HipFlexors f -> "Hip flexor length (knee hug at the bed's edge)";
				}), taken.takenAt());
		observation.put("component", switch (taken.test()) {
			case SelfTest.Hamstrings h -> List.of(
					component(coding(CODES, "leg-raise-left", "Left leg raise"), "valueQuantity",
							quantity(h.leftDegrees(), "deg", "degrees")),
					component(coding(CODES, "leg-raise-right", "Right leg raise"), "valueQuantity",
							quantity(h.rightDegrees(), "deg", "degrees")));
			case SelfTest.Core c -> List.of(
					component(coding(CODES, "plank", "Front plank hold"), "valueQuantity", quantity(c.plankSeconds(), "s", "s")),
					component(coding(CODES, "side-plank-left", "Left side plank hold"), "valueQuantity",
							quantity(c.sidePlankLeftSeconds(), "s", "s")),
					component(coding(CODES, "side-plank-right", "Right side plank hold"), "valueQuantity",
							quantity(c.sidePlankRightSeconds(), "s", "s")));
			case SelfTest.HipFlexors f -> List.of(
					component(coding(CODES, "left-thigh-lifts", "Left thigh lifts off the bed"), "valueBoolean",
							f.leftThighLifts()),
					component(coding(CODES, "right-thigh-lifts", "Right thigh lifts off the bed"), "valueBoolean",
							f.rightThighLifts()));
		});
		return observation;
	}

	/** A measured recording's means over its strides; a recording too short to measure has none. */
	static Optional<Map<String, Object>> pelvis(String patient, MotionSummary m) {
		if (!m.measured()) {
			return Optional.empty();
		}
		Map<String, Object> observation = observation(patient, "activity",
				coding(CODES, "pelvis-while-running", "Pelvis motion while running, phone at the lower back"),
				m.createdAt());
		observation.put("component", List.of(
				degrees("pelvic-tilt", "Pelvic tilt excursion per stride (mean)", m.tilt().mean()),
				degrees("pelvic-obliquity", "Pelvic obliquity excursion per stride (mean)", m.obliquity().mean()),
				degrees("pelvic-rotation", "Pelvic rotation excursion per stride (mean)", m.rotation().mean()),
				degrees("pelvic-drop-left-stance", "Contralateral pelvic drop in left-leg stance (mean)", m.leftDrop()),
				degrees("pelvic-drop-right-stance", "Contralateral pelvic drop in right-leg stance (mean)", m.rightDrop()),
				component(coding(CODES, "running-cadence", "Running cadence, steps per minute"), "valueQuantity",
						quantity(round(m.cadence()), "/min", "steps/minute")),
				component(coding(CODES, "pelvic-drop-asymmetry", "Left/right difference of the pelvic drop"),
						"valueQuantity", quantity(round(m.dropAsymmetryPercent()), "%", "%")),
				component(coding(CODES, "strides", "Running strides measured"), "valueInteger", m.strides())));
		return Optional.of(observation);
	}

	private static Map<String, Object> degrees(String code, String display, double value) {
		return component(coding(CODES, code, display), "valueQuantity", quantity(round(value), "deg", "degrees"));
	}

}
