package dev.backstride.runs.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.backstride.account.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A run's distance typed in the runner's units (the log-a-run page, the after-run form and the API's
 * {@code distance} with {@code distanceUnit}) is stored in metres: exactly, well inside 0.5%, and refused
 * in plain words beyond the log's 1,000 km (621 miles).
 */
class RunDistanceUnitsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private static RunPageForm page(String distance) {
		return new RunPageForm("2026-03-09", null, distance, 0, 30, 0, "ROAD", 2, 2, false, 4);
	}

	private static RunForm api(String distance, String unit) {
		return new RunForm("2026-03-09", null, 1800, null, "ROAD", 2, 2, false, 4,
				distance == null ? null : new BigDecimal(distance), unit);
	}

	@ParameterizedTest(name = "{0} {1} -> {2} m")
	@CsvSource({ "3.1, MILES, 4988.9664", "1, MILES, 1609.344", "26.2, MILES, 42164.8128", "0, MILES, 0",
			"0.01, MILES, 16.09344", "621.371, MILES, 999999.690624", "5.2, KM, 5200", "42.195, KM, 42195",
			"1000, KM, 1000000", "'3,1', MILES, 4988.9664" })
	void storesTheTypedDistanceInMetresExactly(String typed, Units units, double metres) {
		double stored = page(typed).toRunForm(units).toRun(TODAY).distanceMeters();
		assertThat(stored).isCloseTo(metres, within(1e-6));
		// and so within 0.5% of the distance as a runner would work it out by hand
		double reference = Double.parseDouble(typed.replace(',', '.')) * (units == Units.MILES ? 1609.344 : 1000);
		assertThat(Math.abs(stored - reference)).isLessThanOrEqualTo(reference * 0.005);
	}

	@ParameterizedTest(name = "{0} {1} is refused: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			621.372  | MILES | The distance must be from 0 to 621 miles.
			1000     | MILES | The distance must be from 0 to 621 miles.
			-0.01    | MILES | The distance must be from 0 to 621 miles.
			1000.001 | KM    | The distance must be from 0 to 1,000 km.
			-1       | KM    | The distance must be from 0 to 1,000 km.
			three    | MILES | Give the distance in miles, like 3.1.
			5 km     | KM    | Give the distance in kilometres, like 5.2.
			''       | MILES | Give how far you ran.
			""")
	void refusesADistanceOutsideTheLogInTheRunnersUnits(String typed, Units units, String words) {
		assertThatThrownBy(() -> page(typed).toRunForm(units).toRun(TODAY)).isInstanceOfSatisfying(
				RunForm.FieldProblem.class, (problem) -> assertThat(problem.words()).isEqualTo(words));
	}

	@Test
	void theApiTakesTheDistanceWithItsUnitOrInMetresButNotBoth() {
		assertThat(api("3.1", "miles").toRun(TODAY).distanceMeters()).isCloseTo(4988.9664, within(1e-6));
		assertThatThrownBy(() -> api("3.1", null).toRun(TODAY)).isInstanceOfSatisfying(RunForm.FieldProblem.class,
				(p) -> assertThat(p.getMessage()).contains("distanceUnit"));
		assertThatThrownBy(() -> api("3.1", "LEAGUES").toRun(TODAY)).isInstanceOfSatisfying(RunForm.FieldProblem.class,
				(p) -> assertThat(p.words()).contains("kilometres or miles"));
		RunForm both = new RunForm("2026-03-09", null, 1800, 5000.0, "ROAD", 2, 2, false, 4, new BigDecimal("3.1"),
				"MILES");
		assertThatThrownBy(() -> both.toRun(TODAY)).isInstanceOfSatisfying(RunForm.FieldProblem.class,
				(p) -> assertThat(p.words()).isEqualTo("Give the distance once, in metres or with its unit, not both."));
		RunForm metres = new RunForm("2026-03-09", null, 1800, 5000.0, "ROAD", 2, 2, false, 4, null, null);
		assertThat(metres.toRun(TODAY).distanceMeters()).isEqualTo(5000.0);
	}

	@Test
	void theLongestRunReadsInTheRunnersUnits() {
		assertThat(RunForm.longest(Units.KM)).isEqualTo("1,000 km");
		assertThat(RunForm.longest(Units.MILES)).isEqualTo("621 miles");
	}

}
