package dev.backstride.limits;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaExceededTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T22:30:00Z"), ZoneId.of("Europe/Berlin"));

	@Test
	void aDailyLimitLiftsAtTheNextMidnightInTheClocksZone() {
		assertThatCode(() -> QuotaExceeded.checkDaily(59, 60, "check-ins", this.clock)).doesNotThrowAnyException();
		assertThatThrownBy(() -> QuotaExceeded.checkDaily(60, 60, "check-ins", this.clock))
			.isInstanceOfSatisfying(QuotaExceeded.class, (ex) -> {
				org.assertj.core.api.Assertions.assertThat(ex.liftsAt()).contains(Instant.parse("2026-03-10T23:00:00Z"));
				org.assertj.core.api.Assertions.assertThat(ex.getMessage())
					.isEqualTo("You have saved 60 check-ins today, the most for one day. Nothing more was saved;"
							+ " you can add more tomorrow.");
			});
	}

	@Test
	void aLimitOnWhatIsHeldDoesNotLiftByWaiting() {
		assertThatThrownBy(() -> QuotaExceeded.checkTotal(50, 50, "active access tokens", "Revoke one."))
			.isInstanceOfSatisfying(QuotaExceeded.class,
					(ex) -> org.assertj.core.api.Assertions.assertThat(ex.liftsAt()).isEmpty())
			.hasMessage("Your account holds 50 active access tokens, the most one account may keep. Nothing more was"
					+ " saved. Revoke one.");
	}

	@Test
	void aByteBudgetRefusesWhatWouldNotFit() {
		long mb = 1024 * 1024;
		assertThatCode(() -> QuotaExceeded.checkBytes(400 * mb, 100 * mb, 500 * mb, "pelvis reports"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> QuotaExceeded.checkBytes(400 * mb, 100 * mb + 1, 500 * mb, "pelvis reports"))
			.hasMessage("Your stored pelvis reports take 400 MB of the 500 MB one account may keep, and this one would"
					+ " not fit. Nothing was saved.");
	}

}
