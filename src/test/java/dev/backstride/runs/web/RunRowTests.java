package dev.backstride.runs.web;

import dev.backstride.account.Units;
import org.junit.jupiter.api.Test;

import static dev.backstride.runs.RunTestData.aRun;
import static org.assertj.core.api.Assertions.assertThat;

/** A run's facts as its page shows them: a pace worked out from the moving time shows that time beside it. */
class RunRowTests {

	@Test
	void aRunWithStopsShowsItsMovingTimeBesideThePaceItGives() {
		RunRow row = RunRow.of(aRun().km(8).seconds(3600).moving(2400).build(), Units.KM);
		assertThat(row.duration()).isEqualTo("1:00:00");
		assertThat(row.moving()).isEqualTo("40:00");
		assertThat(row.pace()).as("40 minutes over 8 km").isEqualTo("5:00 /km");
	}

	@Test
	void aRunWithoutStopsWorthTellingShowsOneTime() {
		assertThat(RunRow.of(aRun().km(5).seconds(1800).moving(1741).build(), Units.KM).moving()).isEmpty();
		assertThat(RunRow.of(aRun().km(5).seconds(1800).build(), Units.MILES).moving()).isEmpty();
	}

	@Test
	void theClimbIsInFeetForARunnerWhoReadsMiles() {
		assertThat(RunRow.of(aRun().build(), Units.KM).ascent()).as("42.5 m").isEqualTo("43 m");
		assertThat(RunRow.of(aRun().build(), Units.MILES).ascent()).as("42.5 m is 139.4 ft").isEqualTo("139 ft");
	}

}
