package dev.backstride.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases;
import dev.backstride.account.AccountId;
import dev.backstride.account.AccountsTestSupport;
import dev.backstride.checkin.jdbc.JdbcCheckInStore;
import dev.backstride.limits.PageRequest;
import dev.backstride.limits.Quotas;
import dev.backstride.screening.RedFlagAnswers;
import dev.backstride.screening.RedFlagItem;
import dev.backstride.screening.RunnerProfile;
import dev.backstride.screening.Screening;
import dev.backstride.screening.ScreeningTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.backstride.checkin.CheckInTestData.TODAY;
import static dev.backstride.checkin.CheckInTestData.aCheckIn;
import static org.assertj.core.api.Assertions.assertThat;

class CheckInsTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T07:00:00Z"), ZoneOffset.UTC);

	private final List<Object> events = new ArrayList<>();

	private final JdbcClient jdbc = JdbcClient.create(TestDatabases.h2().dataSource());

	private final Screening screening = ScreeningTestSupport.screening(this.jdbc, this.clock, this.events);

	private final CheckIns checkIns = new CheckIns(new JdbcCheckInStore(this.jdbc), this.screening, this.events::add,
			new StaticListableBeanFactory(Map.of("clock", this.clock)).getBeanProvider(Clock.class),
			AccountsTestSupport.accounts(this.jdbc, this.clock, Quotas.defaults()), Quotas.defaults());

	private final AccountId runner = TestAccounts.create(this.jdbc);

	@Test
	void pausesTheCallUntilTheRunnerIsScreenedAndCleared() {
		assertThat(this.checkIns.todaysCall(this.runner)).isInstanceOf(TodaysCall.Paused.class);
		this.screening.screen(this.runner, RedFlagAnswers.allNo(), RunnerProfile.unknown());
		assertThat(this.checkIns.todaysCall(this.runner).ruleIds()).containsExactly("RF-CLEAR");
		this.screening.confirmClearance(this.runner, true);
		assertThat(this.checkIns.todaysCall(this.runner)).isInstanceOf(TodaysCall.Modify.class);
	}

	@Test
	void logsCheckInsAndCallsTheDayFromTheLatest() {
		this.screening.screen(this.runner, RedFlagAnswers.allNo(), RunnerProfile.unknown());
		this.screening.confirmClearance(this.runner, false);
		CheckIn good = aCheckIn().on(TODAY.minusDays(1)).withRun(2).nextMorning(NextMorning.SAME).build();
		this.checkIns.log(this.runner, good);
		assertThat(this.checkIns.todaysCall(this.runner)).isInstanceOf(TodaysCall.Go.class);
		CheckIn bad = aCheckIn().withPain(2, 3).withRun(6).nextMorning(NextMorning.SAME).build();
		this.checkIns.log(this.runner, bad);
		assertThat(this.checkIns.latest(this.runner)).contains(bad);
		assertThat(this.checkIns.history(this.runner, PageRequest.first(10)).items()).containsExactly(bad, good);
		assertThat(this.checkIns.todaysCall(this.runner)).isInstanceOf(TodaysCall.Stop.class);
		assertThat(this.events).containsExactly(new PainLogged(this.runner, TODAY.minusDays(1), 1, 2, false),
				new PainLogged(this.runner, TODAY, 2, 3, false));
	}

	@Test
	void pausesTheCallWhenScreeningFindsAnEmergency() {
		this.screening.confirmClearance(this.runner, false);
		this.screening.screen(this.runner, RedFlagAnswers.allNo().withYes(RedFlagItem.CES_SADDLE),
				RunnerProfile.unknown());
		this.checkIns.log(this.runner, aCheckIn().build());
		TodaysCall call = this.checkIns.todaysCall(this.runner);
		assertThat(call).isInstanceOf(TodaysCall.Paused.class);
		assertThat(call.ruleIds()).containsExactly("RF-CES");
	}

}
