package dev.backstride.motion;

import java.util.Random;
import dev.backstride.motion.preparation.SlowSignal;
import dev.backstride.motion.preparation.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Block sums, and reading back between block centres, for odd and even blocks and ragged ends. */
class SlowSignalTests {

	@ParameterizedTest(name = "{0} samples at {1} Hz")
	@CsvSource({ "1, 100", "9, 100", "10, 100", "11, 100", "95, 100", "1000, 100", "1001, 60", "997, 200", "50, 25",
			"7, 25" })
	void spreadsTheBlockValuesAsStraightLinesBetweenBlockCentres(int size, double rate) {
		SlowSignal signal = new SlowSignal(size, rate, Workspace.take());
		Random random = new Random(size);
		double[] samples = new double[size];
		for (int i = 0; i < size; i++) {
			samples[i] = random.nextGaussian();
		}
		signal.sum(samples);
		signal.smooth(2, rate, new double[signal.points()]);
		double[] out = new double[size];
		signal.spread(signal.values, out, size);
		int block = signal.block;
		for (int i = 0; i < size; i++) {
			// the centre of block k is sample k·block + (block − 1)/2
			double position = Math.min(signal.blocks() - 1, Math.max(0, (i - (block - 1) / 2.0) / block));
			int k = (int) Math.floor(position);
			double expected = k == signal.blocks() - 1 ? signal.values[k]
					: signal.values[k] + (position - k) * (signal.values[k + 1] - signal.values[k]);
			assertThat(out[i]).as("sample %d", i).isCloseTo(expected, within(1e-12));
		}
	}

	@ParameterizedTest(name = "{0} samples at {1} Hz")
	@CsvSource({ "1, 100", "25, 100", "1003, 100", "2001, 60", "4001, 200" })
	void sumsEachBlockAndKeepsALinearTrend(int size, double rate) {
		SlowSignal signal = new SlowSignal(size, rate, Workspace.take());
		double[] samples = new double[size];
		for (int i = 0; i < size; i++) {
			samples[i] = 3 + 0.5 * i;
		}
		signal.sum(samples);
		int block = signal.block;
		for (int k = 0; k < signal.blocks(); k++) {
			double sum = 0;
			for (int i = k * block; i < Math.min(size, (k + 1) * block); i++) {
				sum += samples[i];
			}
			assertThat(signal.values[k]).isCloseTo(sum, within(1e-9));
		}
		signal.smooth(2, rate, new double[signal.points()]);
		double[] out = new double[size];
		signal.spread(signal.values, out, size);
		// away from the ends, where the three windows shrink and the last block may be short, a line stays
		// a line through block means, smoothing and reading back
		int half = Math.max(1, (int) Math.round(2 * rate / block / 2));
		int margin = (3 * half + 1) * block;
		for (int i = margin; i < (signal.blocks() - 1) * block - margin; i++) {
			assertThat(out[i]).as("sample %d", i).isCloseTo(samples[i], within(1e-9));
		}
	}

}
