package dev.backstride.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AttemptLimitTests {

	static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

	final AttemptLimit fivePerQuarterHour = new AttemptLimit(5, Duration.ofMinutes(15));

	@Test
	void admitsWhileTheWindowHoldsFewerAttemptsThanTheLimit() {
		assertThat(this.fivePerQuarterHour.admit(0, null, NOW)).isInstanceOf(Admission.Admitted.class);
		assertThat(this.fivePerQuarterHour.admit(4, NOW.minusSeconds(60), NOW)).isInstanceOf(Admission.Admitted.class);
	}

	@Test
	void refusesUntilTheOldestAttemptLeavesTheWindowRoundedUpToWholeMinutes() {
		assertThat(this.fivePerQuarterHour.admit(5, NOW, NOW)).isEqualTo(new Admission.Refused(15));
		assertThat(this.fivePerQuarterHour.admit(5, NOW.minusSeconds(61), NOW)).isEqualTo(new Admission.Refused(14));
		assertThat(this.fivePerQuarterHour.admit(5, NOW.minus(Duration.ofMinutes(15)), NOW))
			.isEqualTo(new Admission.Refused(1));
	}

	@Test
	void theCutoffIsOneWindowAgo() {
		assertThat(this.fivePerQuarterHour.cutoff(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
	}

	@Test
	void refusesLimitsThatAdmitNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AttemptLimit(0, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new AttemptLimit(1, Duration.ZERO));
	}

}
