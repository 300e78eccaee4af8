package dev.backstride.account;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitsTests {

	@ParameterizedTest(name = "{0} km in {1} reads {2}")
	@CsvSource(textBlock = """
			12.5,    KM,    12.5 km
			12,      KM,    12.0 km
			0,       KM,    0.0 km
			-0.01,   KM,    0.0 km
			-0.04,   MILES, 0.0 mi
			1.609344, MILES, 1.0 mi
			42.195,  MILES, 26.2 mi
			10,      MILES, 6.2 mi
			""")
	void formatsKilometresInTheRunnersUnits(String km, Units units, String shown) {
		assertThat(units.format(new BigDecimal(km))).isEqualTo(shown);
	}

	@ParameterizedTest(name = "a climb of {0} m in {1} reads {2}")
	@CsvSource(textBlock = """
			0,      KM,    0 m
			42.5,   KM,    43 m
			1200.4, KM,    1200 m
			0,      MILES, 0 ft
			0.3048, MILES, 1 ft
			42.5,   MILES, 139 ft
			1000,   MILES, 3281 ft
			""")
	void readsAClimbInMetresOrFeet(double metres, Units units, String shown) {
		assertThat(units.climb(metres)).isEqualTo(shown);
	}

	@Test
	void aDistanceTypedInMilesComesBackAsTyped() {
		for (int tenths = 0; tenths <= 2500; tenths++) {
			BigDecimal miles = BigDecimal.valueOf(tenths, 1);
			assertThat(Units.MILES.fromKm(Units.MILES.toKm(miles))).as("%s mi", miles).isEqualByComparingTo(miles);
		}
	}

	@Test
	void parsesEitherCaseAndRefusesAnythingElseInPlainWords() {
		assertThat(Units.parse(" miles ")).isEqualTo(Units.MILES);
		assertThat(Units.parse("KM")).isEqualTo(Units.KM);
		assertThatIllegalArgumentException().isThrownBy(() -> Units.parse("furlongs"))
			.withMessage("Units must be kilometres or miles.");
	}

}
