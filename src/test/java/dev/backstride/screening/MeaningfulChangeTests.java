package dev.backstride.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeaningfulChangeTests {

	@ParameterizedTest(name = "pain {0} -> {1}: {2}")
	@CsvSource({ "8, 7, NO_MEANINGFUL_CHANGE", "8, 6, MEANINGFUL_IMPROVEMENT", "6, 8, MEANINGFUL_WORSENING",
			"10, 9, NO_MEANINGFUL_CHANGE", "4, 3, NO_MEANINGFUL_CHANGE", "3, 2, MEANINGFUL_IMPROVEMENT",
			"0, 1, NO_MEANINGFUL_CHANGE", "0, 2, MEANINGFUL_WORSENING", "5, 5, NO_MEANINGFUL_CHANGE",
			"1, 0, MEANINGFUL_IMPROVEMENT" })
	void treatsTwoPointsOrThirtyPercentOfPainAsMeaningful(int previous, int current, Change change) {
		assertThat(MeaningfulChange.pain(previous, current)).isEqualTo(change);
	}

	@ParameterizedTest(name = "function {0}% -> {1}%: {2}")
	@CsvSource({ "50.0, 40.1, NO_MEANINGFUL_CHANGE", "50.0, 40.0, MEANINGFUL_IMPROVEMENT",
			"40.0, 50.0, MEANINGFUL_WORSENING", "20.0, 14.2, NO_MEANINGFUL_CHANGE",
			"20.0, 14.0, MEANINGFUL_IMPROVEMENT", "10.0, 12.9, NO_MEANINGFUL_CHANGE",
			"10.0, 13.0, MEANINGFUL_WORSENING", "0.0, 9.9, NO_MEANINGFUL_CHANGE", "0.0, 10.0, MEANINGFUL_WORSENING" })
	void treatsTenPointsOrThirtyPercentOfFunctionAsMeaningful(String previous, String current, Change change) {
		assertThat(MeaningfulChange.function(new BigDecimal(previous), new BigDecimal(current))).isEqualTo(change);
	}

	@ParameterizedTest(name = "risk {0} -> {1}: {2}")
	@CsvSource({ "LOW, LOW, NO_MEANINGFUL_CHANGE", "LOW, MEDIUM, MEANINGFUL_WORSENING",
			"HIGH, MEDIUM, MEANINGFUL_IMPROVEMENT", "HIGH, LOW, MEANINGFUL_IMPROVEMENT" })
	void treatsAnyRiskStratumChangeAsMeaningful(RiskStratum previous, RiskStratum current, Change change) {
		assertThat(MeaningfulChange.risk(previous, current)).isEqualTo(change);
	}

	@ParameterizedTest(name = "pain {0} -> {1} is refused")
	@CsvSource({ "-1, 0", "0, 11" })
	void refusesPainOutsideTheScale(int previous, int current) {
		assertThatIllegalArgumentException().isThrownBy(() -> MeaningfulChange.pain(previous, current));
	}

	@ParameterizedTest(name = "last answered {0}, today {1}: due {2}, now {3}")
	@CsvSource(nullValues = "never", value = { "never, 2026-03-10, 2026-03-10, true",
			"2026-03-01, 2026-03-28, 2026-03-29, false", "2026-03-01, 2026-03-29, 2026-03-29, true",
			"2026-03-01, 2026-05-01, 2026-03-29, true" })
	void makesQuestionnairesDueFourWeeksAfterTheLastResponse(LocalDate last, LocalDate today, LocalDate date,
			boolean now) {
		assertThat(Due.after(Optional.ofNullable(last), today)).isEqualTo(new Due(date, now));
	}

}
