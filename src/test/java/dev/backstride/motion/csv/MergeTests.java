package dev.backstride.motion.csv;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.backstride.motion.ImuRecording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class MergeTests {

	@Test
	void interpolatesTheGyroscopeLinearlyAtEachAccelerationTime() throws Exception {
		Series acc = series("acc", new double[] { 0.0, 0.1, 0.25, 0.3 }, 9.81);
		Series gyro = new Series("gyro", new double[] { 0.0, 0.2, 0.3 }, new double[] { 0, 2, 0 },
				new double[] { 1, 1, 1 }, new double[] { 0, -4, -5 });
		List<String> warnings = new ArrayList<>();
		ImuRecording r = Merge.recording(acc, gyro, warnings);
		assertThat(r.gx()).containsExactly(new double[] { 0, 1, 1, 0 }, within(1e-12));
		assertThat(r.gz()).containsExactly(new double[] { 0, -2, -4.5, -5 }, within(1e-12));
		assertThat(warnings).isEmpty();
	}

	@Test
	void keepsOnlyAccelerationSamplesInsideTheGyroscopeSpanAndStartsTimeAtZero() throws Exception {
		Series acc = series("acc", new double[] { 1.0, 1.1, 1.2, 1.3, 1.4, 1.5 }, 9.81);
		Series gyro = series("gyro", new double[] { 1.15, 1.45 }, 0.2);
		ImuRecording r = Merge.recording(acc, gyro, new ArrayList<>());
		assertThat(r.t()).containsExactly(new double[] { 0, 0.1, 0.2 }, within(1e-12));
	}

	@Test
	void reportsAGapInTheInterpolatedStream() throws Exception {
		double[] t = new double[300];
		for (int i = 0; i < t.length; i++) {
			t[i] = i * 0.01;
		}
		Series gyro = series("Gyroscope.csv", new double[] { 0, 0.5, 2.5, 3 }, 0.1);
		List<String> warnings = new ArrayList<>();
		Merge.recording(series("acc", t, 9.81), gyro, warnings);
		assertThat(warnings).contains("Gyroscope.csv has a gap of 2.0 s at 0.5 s into the recording; values were"
				+ " interpolated across it.");
	}

	@Test
	void refusesStreamsThatDoNotOverlap() {
		assertThatExceptionOfType(ImuFormatException.class)
			.isThrownBy(() -> Merge.recording(series("a", new double[] { 0, 1 }, 9.8),
					series("b", new double[] { 2, 3 }, 0.1), new ArrayList<>()))
			.withMessageContaining("do not overlap in time");
	}

	private static Series series(String name, double[] t, double z) {
		double[] zs = new double[t.length];
		java.util.Arrays.fill(zs, z);
		return new Series(name, t, new double[t.length], new double[t.length], zs);
	}

}
