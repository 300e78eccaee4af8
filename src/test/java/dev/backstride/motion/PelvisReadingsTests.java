package dev.backstride.motion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.backstride.account.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PelvisReadingsTests {

	@Test
	void usesTheMensThresholdAndSaysSoWhenSexIsUnknown() {
		DropThreshold threshold = DropThreshold.of(Optional.empty());
		assertThat(threshold.degrees()).isEqualTo(5);
		assertThat(threshold.basis()).contains("does not give your sex");
		assertThat(DropThreshold.of(Optional.of(Sex.FEMALE)).degrees()).isEqualTo(7);
		assertThat(DropThreshold.of(Optional.of(Sex.MALE)).degrees()).isEqualTo(5);
	}

	@Test
	void namesAGaitCheckWhenTheDropPassesTheThresholdButNeverADiagnosis() {
		MotionReport report = aReport(6.0, 4.0);
		List<PelvisReadings.Reading> readings = PelvisReadings.of(report, DropThreshold.of(Optional.of(Sex.MALE)),
				Optional.empty());
		PelvisReadings.Reading drop = readings.stream().filter(r -> r.metric().equals("Pelvic drop")).findFirst().orElseThrow();
		assertThat(drop.flag()).contains("C-PELVIS");
		assertThat(drop.text()).contains("worth a gait check with a physiotherapist", "not a diagnosis", "left leg");
		assertThat(PelvisReadings.flags(report, DropThreshold.of(Optional.of(Sex.MALE)))).contains("C-PELVIS", "K-ASYM");
	}

	@Test
	void letsTheSameDropPassForAWomanAndFlagsNothing() {
		MotionReport report = aReport(6.0, 5.5);
		DropThreshold women = DropThreshold.of(Optional.of(Sex.FEMALE));
		assertThat(PelvisReadings.flags(report, women)).isEmpty();
		assertThat(PelvisReadings.of(report, women, Optional.empty())).allSatisfy(r -> assertThat(r.flag()).isEmpty());
	}

	@Test
	void comparesTiltWithTheRunnersFirstMeasurementRatherThanANorm() {
		MotionReport first = aReport(4, 4);
		MotionReport now = aReport(4, 4);
		var baseline = new PelvisReadings.Baseline(1, Instant.parse("2026-03-01T08:00:00Z"), first);
		PelvisReadings.Reading tilt = PelvisReadings.of(now, DropThreshold.of(Optional.empty()), Optional.of(baseline))
			.stream()
			.filter(r -> r.rule().equals("K-TILT"))
			.findFirst()
			.orElseThrow();
		assertThat(tilt.text()).contains("No reliable norm", "The same as in your first measurement.")
			.doesNotContain("2026-03-01");
		assertThat(PelvisReadings.of(now, DropThreshold.of(Optional.empty()), Optional.empty()).get(1).text())
			.contains("becomes your baseline");
	}

	@Test
	void namesEveryRuleOfTheProtocol() {
		assertThat(PelvisReadings.of(aReport(4, 4), DropThreshold.of(Optional.empty()), Optional.empty()))
			.extracting(PelvisReadings.Reading::rule)
			.contains("K-CAD", "K-TILT", "K-OBLIQ", "K-ROT", "K-ASYM");
	}

	private static MotionReport aReport(double leftDrop, double rightDrop) {
		StrideMetrics stride = new StrideMetrics(0, 170, 6.5, 9, 12, leftDrop, rightDrop, 0.35, 0.35);
		GaitCurves.Curve flat = new GaitCurves.Curve(new double[GaitCurves.POINTS], new double[GaitCurves.POINTS]);
		return new MotionReport(List.of(stride), new Summary(170, 2), new Summary(6.5, 1), new Obliquity(
				new Summary(9, 1), new Summary(leftDrop, 0.5), new Summary(rightDrop, 0.5)), new Summary(12, 1),
				new Asymmetry(Asymmetry.percent(leftDrop, rightDrop), 0), new GaitCurves(flat, flat, flat), List.of(),
				List.of());
	}

}
