package dev.backstride.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walking on real lower-back recordings ({@code src/test/resources/motion/walking/README.md}): a
 * research sensor at L5 worn in its own frame, with foot contacts from an optical system (straight walks)
 * and from pressure insoles (the daily-living course). Issue 11: on the straight walks, steps within ±2
 * per bout and cadence within 2 steps/min; no running metrics from walking.
 */
class WalkingTests {

	private static final String DIR = "/motion/walking/";

	record Bout(double start, double end, int steps, double cadence) {
	}

	static List<String> straightWalks() {
		return List.of("HA001_TimeMeasure1_Test5_Trial1", "HA001_TimeMeasure1_Test5_Trial2",
				"MS001_TimeMeasure1_Test5_Trial1", "MS001_TimeMeasure1_Test5_Trial2");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("straightWalks")
	void countsTheStepsAndCadenceOfAStraightWalk(String name) {
		MotionReport report = report(name);
		Bout ref = primaryBouts(name).get(0);
		Walking w = report.walking();
		System.out.printf(Locale.ROOT, "%-34s bouts %d  steps %d/%d  cadence %.1f/%.1f  from %.2f/%.2f to %.2f/%.2f"
				+ " (engine/reference)%n", name, w.bouts().size(), w.steps(), ref.steps(), w.cadence(), ref.cadence(),
				w.bouts().isEmpty() ? Double.NaN : w.bouts().get(0).startSeconds(), ref.start(),
				w.bouts().isEmpty() ? Double.NaN : w.bouts().get(w.bouts().size() - 1).endSeconds(), ref.end());
		assertThat(report.measured()).isFalse();
		assertThat(report.strides()).isEmpty();
		assertThat(w.bouts()).hasSize(1);
		Walking.Bout bout = w.bouts().get(0);
		assertThat(Math.abs(bout.steps() - ref.steps())).isLessThanOrEqualTo(2);
		assertThat(Math.abs(bout.cadence() - ref.cadence())).isLessThanOrEqualTo(2.0);
		assertThat(bout.startSeconds()).isBetween(ref.start() - 1, ref.start() + 1);
		assertThat(bout.endSeconds()).isBetween(ref.end() - 1, ref.end() + 1);
	}

	/**
	 * The daily-living course: walking, turns, sitting and standing, no running. Five of its six reference
	 * bouts (insoles) are found (the one missed, 28.7–33.3 s at 81 steps/min, is not yet), and the steps
	 * counted are within 15% of the reference; the tolerances are for the straight walks.
	 */
	@org.junit.jupiter.api.Test
	void findsTheWalkingOfADailyLivingCourseAndNoRunning() {
		String name = "HA001_TimeMeasure1_Test11_Trial1";
		MotionReport report = report(name);
		List<Bout> ref = primaryBouts(name);
		Walking w = report.walking();
		int refSteps = ref.stream().mapToInt(Bout::steps).sum();
		System.out.printf(Locale.ROOT, "%s: steps %d/%d, bouts %d/%d%n", name, w.steps(), refSteps, w.bouts().size(),
				ref.size());
		w.bouts().forEach(b -> System.out.printf(Locale.ROOT, "  engine %.1f–%.1f %d steps %.1f/min%n", b.startSeconds(),
				b.endSeconds(), b.steps(), b.cadence()));
		ref.forEach(b -> System.out.printf(Locale.ROOT, "  reference %.1f–%.1f %d steps %.1f/min%n", b.start(), b.end(),
				b.steps(), b.cadence()));
		assertThat(report.measured()).isFalse();
		assertThat(report.strides()).isEmpty();
		long found = ref.stream()
			.filter(b -> w.bouts().stream().anyMatch(e -> e.startSeconds() < b.end() && e.endSeconds() > b.start()))
			.count();
		assertThat(found).isGreaterThanOrEqualTo(ref.size() - 1);
		assertThat(Math.abs(w.steps() - refSteps)).isLessThanOrEqualTo(refSteps * 15 / 100);
	}

	private static MotionReport report(String name) {
		MotionOutcome outcome = PelvisAnalysis.analyse(MocapTrials.fromJson(DIR + "json/" + name + ".json"));
		assertThat(outcome).isInstanceOf(MotionOutcome.Analysed.class);
		return ((MotionOutcome.Analysed) outcome).report();
	}

	static List<Bout> primaryBouts(String name) {
		for (JsonNode r : MocapTrials.read(DIR + "expected.json").get("recordings")) {
			if (r.get("file").asString().equals("json/" + name + ".json")) {
				String system = r.get("summary").get("primary_reference").asString();
				List<Bout> bouts = new ArrayList<>();
				for (JsonNode b : r.get("reference").get(system)) {
					bouts.add(new Bout(b.get("start_s").asDouble(), b.get("end_s").asDouble(),
							b.get("n_initial_contacts").asInt(), b.get("cadence_spm_reported").asDouble()));
				}
				return bouts;
			}
		}
		throw new IllegalArgumentException(name);
	}

}
