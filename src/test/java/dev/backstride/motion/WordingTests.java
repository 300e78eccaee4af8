package dev.backstride.motion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordingTests {

	@ParameterizedTest(name = "{0} s reads {1}")
	@CsvSource(delimiter = '|', value = { "0|0.0 s", "7.24|7.2 s", "9.96|10.0 s", "10|10 s", "59.4|59 s",
			"59.6|1 min", "119.6|2 min", "179.5|3 min", "125|2 min 5 s", "3599.4|59 min 59 s", "3599.6|1 h 0 min",
			"100000|27 h 46 min" })
	void durationsNeverReadSixtySeconds(double seconds, String text) {
		assertThat(Wording.duration(seconds)).isEqualTo(text).doesNotContain("60 s");
	}

	@ParameterizedTest(name = "{0} to {1} places reads {2}")
	@CsvSource(delimiter = '|', value = { "-0.04|1|0.0", "-0.05|1|-0.1", "0.04|1|0.0", "-0.4|0|0", "-0.6|0|-1",
			"6.45|1|6.5", "-0.0|2|0.00" })
	void numbersNeverReadMinusZero(double value, int decimals, String text) {
		assertThat(Wording.number(value, decimals)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0} {2} reads {3}")
	@CsvSource(delimiter = '|', value = { "0.5|1|°|+0.5°", "-0.04|1|°|no change", "-2.4|0|steps/min|−2 steps/min",
			"0.3|0|steps/min|no change" })
	void changesCarryTheirUnit(double delta, int decimals, String unit, String text) {
		assertThat(Wording.change(delta, decimals, unit)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0} {2} reads {3}")
	@CsvSource(delimiter = '|', value = { "-1|0|percentage points|1 percentage point less",
			"3.2|0|percentage points|3 percentage points more", "0.4|0|percentage points|the same",
			"-0.5|1|°|0.5° less", "2|0|steps/min|2 steps/min more" })
	void changesInWords(double delta, int decimals, String unit, String text) {
		assertThat(Wording.changeInWords(delta, decimals, unit)).isEqualTo(text);
	}

}
