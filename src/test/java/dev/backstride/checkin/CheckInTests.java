package dev.backstride.checkin;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CheckInTests {

	@ParameterizedTest
	@ValueSource(ints = { -1, 11, 100 })
	void refusesPainOutsideZeroToTen(int value) {
		assertThatIllegalArgumentException().isThrownBy(() -> PainScore.of(value)).withMessageContaining("0-10");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 5, 10 })
	void acceptsPainFromZeroToTen(int value) {
		assertThat(PainScore.of(value).value()).isEqualTo(value);
	}

	@ParameterizedTest(name = "now {0}, worst {1}: accepted {2}")
	@CsvSource({ "3, 3, true", "3, 4, true", "4, 3, false" })
	void refusesPainNowAboveTheWorstOfTheLastDay(int now, int worst, boolean accepted) {
		if (accepted) {
			assertThat(aCheckIn().withPain(now, worst).build().painNow().value()).isEqualTo(now);
		}
		else {
			assertThatIllegalArgumentException().isThrownBy(() -> aCheckIn().withPain(now, worst).build())
				.withMessageContaining("cannot be above the worst pain");
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 11 })
	void refusesRunPainOutsideZeroToTen(int value) {
		assertThatIllegalArgumentException().isThrownBy(() -> aCheckIn().withRun(value).build());
	}

	@Test
	void keepsAnswerSetsAndAllowsThemEmpty() {
		CheckIn none = aCheckIn().at(Set.of(), Set.of(), Set.of()).build();
		assertThat(none.locations()).isEmpty();
		CheckIn some = aCheckIn()
			.at(Set.of(PainLocation.BUTTOCK, PainLocation.CENTRAL), Set.of(PainKind.TWISTING),
					Set.of(PainTiming.DURING_RUN))
			.build();
		assertThat(some.locations()).containsExactlyInAnyOrder(PainLocation.CENTRAL, PainLocation.BUTTOCK);
	}

}
