package dev.backstride.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.backstride.TestAccounts;
import dev.backstride.TestDatabases;
import dev.backstride.account.AccountId;
import dev.backstride.screening.RunnerProfile.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

	private final List<Object> events = new ArrayList<>();

	private final JdbcClient jdbc = JdbcClient.create(TestDatabases.h2().dataSource());

	private final Screening screening = ScreeningTestSupport.screening(this.jdbc, this.clock, this.events);

	private final AccountId runner = TestAccounts.create(this.jdbc);

	@Test
	void walksFromNotScreenedThroughClearanceToActive() {
		assertThat(this.screening.careStatus(this.runner)).isInstanceOf(CareStatus.NotScreened.class);
		this.screening.screen(this.runner, RedFlagAnswers.allNo(), RunnerProfile.of(35, Sex.FEMALE));
		assertThat(this.screening.careStatus(this.runner)).isInstanceOf(CareStatus.NeedsClearance.class);
		this.screening.confirmClearance(this.runner, false);
		assertThat(this.screening.careStatus(this.runner)).isInstanceOf(CareStatus.Active.class);
		assertThat(this.events).isEmpty();
	}

	@Test
	void pausesOnAnEmergencyAndAnnouncesItUntilAClinicianAssessedTheRunner() {
		this.screening.confirmClearance(this.runner, true);
		this.screening.screen(this.runner, RedFlagAnswers.allNo().withYes(RedFlagItem.CES_BOWEL),
				RunnerProfile.unknown());
		assertThat(this.events).containsExactly(new RedFlagRaised(this.runner, TriageLevel.EMERGENCY,
				List.of("RF-CES"), Instant.parse("2026-03-01T08:00:00Z")));
		this.clock.advanceDays(1);
		this.screening.screen(this.runner, RedFlagAnswers.allNo(), RunnerProfile.unknown());
		assertThat(this.screening.careStatus(this.runner)).isInstanceOf(CareStatus.Paused.class);
		this.clock.advanceDays(1);
		this.screening.recordClinicianAssessed(this.runner);
		assertThat(this.screening.careStatus(this.runner)).isInstanceOf(CareStatus.Active.class);
		assertThat(this.screening.lastScreenedOn(this.runner)).contains(LocalDate.of(2026, 3, 2));
	}

	@Test
	void scoresSavesAndSchedulesQuestionnaires() {
		assertThat(this.screening.measuresDue(this.runner))
			.isEqualTo(new MeasuresDue(new Due(LocalDate.of(2026, 3, 1), true), new Due(LocalDate.of(2026, 3, 1), true)));
		RiskResponse risk = this.screening.submitRisk(this.runner, RiskAnswers.of(1, 1, 1, 1, 0, 0, 0, 0, 1));
		FunctionResponse function = this.screening.submitFunction(this.runner,
				FunctionAnswers.of(1, 1, 1, 1, 1, 1, 1, null, 1, 1));
		assertThat(risk.score().stratum()).isEqualTo(RiskStratum.MEDIUM);
		assertThat(risk.care().advice()).contains("physiotherapist");
		assertThat(risk.questionnaireUrl()).isEqualTo("https://backstride.dev/fhir/Questionnaire/risk");
		assertThat(this.screening.latestRisk(this.runner)).contains(risk);
		assertThat(this.screening.latestFunction(this.runner)).contains(function);
		assertThat(this.screening.measuresDue(this.runner).risk()).isEqualTo(new Due(LocalDate.of(2026, 3, 29), false));
		this.clock.advanceDays(28);
		assertThat(this.screening.measuresDue(this.runner).function().dueNow()).isTrue();
	}

	/** A clock the test moves forward. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advanceDays(int days) {
			this.now = this.now.plusSeconds(days * 86_400L);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
