package dev.backstride.checkin;

import dev.backstride.TestAccounts;
import dev.backstride.account.AccountId;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagItem;
import dev.backstride.screening.RedFlagRaised;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.Screening;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The check-in module wired with screening: an emergency screening pauses today's call. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:checkin-module;DB_CLOSE_DELAY=-1")
class CheckInModuleTests {

	@Autowired
	CheckIns checkIns;

	@Autowired
	Screening screening;

	@Autowired
	JdbcClient jdbc;

	@Test
	void emergencyScreeningRaisesAFlagAndPausesTodaysCall(Scenario scenario) {
		AccountId runner = TestAccounts.create(this.jdbc);
		this.screening.confirmClearance(runner, true);
		this.checkIns.log(runner, aCheckIn().on(this.checkIns.today()).build());
		scenario
			.stimulate(() -> this.screening.screen(runner, RedFlagAnswers.allNo().withYes(RedFlagItem.CES_BLADDER),
					RunnerProfile.unknown()))
			.andWaitForEventOfType(RedFlagRaised.class)
			.toArriveAndVerify((event) -> assertThat(event.ruleIds()).containsExactly("RF-CES"));
		TodaysCall call = this.checkIns.todaysCall(runner);
		assertThat(call).isInstanceOf(TodaysCall.Paused.class);
		assertThat(call.ruleIds()).containsExactly("RF-CES");
	}

}
