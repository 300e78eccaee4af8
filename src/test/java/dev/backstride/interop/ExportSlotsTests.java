package dev.backstride.interop;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.backstride.account.AccountId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The places for downloads, without the app: per account, per instance, given back once, and the deadline. */
class ExportSlotsTests {

	final MovingClock clock = new MovingClock();

	final ExportSlots slots = new ExportSlots(new ExportSettings(2, Duration.ZERO, Duration.ofMinutes(15),
			Duration.ofSeconds(60)), this.clock);

	@Test
	void anAccountHasOneDownloadAtATimeAndGetsItsPlaceBackWhenItEnds() {
		ExportSlot first = granted(this.slots.take(new AccountId(1)));
		assertThat(this.slots.take(new AccountId(1))).isEqualTo(new ExportTurn.Busy(ExportSlots.YOURS,
				Duration.ofSeconds(60)));
		assertThat(this.slots.inUse()).isEqualTo(1);
		first.close();
		first.close();
		assertThat(this.slots.inUse()).isZero();
		granted(this.slots.take(new AccountId(1))).close();
	}

	@Test
	void theInstancePreparesAtMostItsNumberAtOnce() {
		ExportSlot one = granted(this.slots.take(new AccountId(1)));
		ExportSlot two = granted(this.slots.take(new AccountId(2)));
		assertThat(this.slots.take(new AccountId(3))).isInstanceOfSatisfying(ExportTurn.Busy.class,
				(busy) -> assertThat(busy.reason()).isEqualTo(ExportSlots.OTHERS));
		assertThat(this.slots.inUse()).isEqualTo(2);
		one.close();
		ExportSlot three = granted(this.slots.take(new AccountId(3)));
		two.close();
		three.close();
		assertThat(this.slots.inUse()).isZero();
	}

	@Test
	void anAccountRefusedForWantOfAPlaceMayTryAgain() {
		ExportSlot one = granted(this.slots.take(new AccountId(1)));
		ExportSlot two = granted(this.slots.take(new AccountId(2)));
		assertThat(this.slots.take(new AccountId(3))).isInstanceOf(ExportTurn.Busy.class);
		two.close();
		assertThat(this.slots.take(new AccountId(3))).isInstanceOf(ExportTurn.Granted.class);
		one.close();
	}

	@Test
	void writesStopAtTheDeadline() throws Exception {
		try (ExportSlot slot = granted(this.slots.take(new AccountId(1)))) {
			assertThat(slot.deadline()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(15)));
			ByteArrayOutputStream sent = new ByteArrayOutputStream();
			OutputStream out = slot.guard(sent);
			out.write(new byte[] { 1, 2, 3 });
			this.clock.now = slot.deadline();
			out.write(4);
			this.clock.now = slot.deadline().plusMillis(1);
			assertThatThrownBy(() -> out.write(new byte[] { 5 }, 0, 1)).isInstanceOf(ExportTimedOut.class)
				.hasMessageContaining("15 minutes");
			assertThatThrownBy(out::flush).isInstanceOf(ExportTimedOut.class);
			assertThat(sent.toByteArray()).containsExactly(1, 2, 3, 4);
		}
		assertThat(this.slots.inUse()).isZero();
	}

	static ExportSlot granted(ExportTurn turn) {
		assertThat(turn).isInstanceOf(ExportTurn.Granted.class);
		return ((ExportTurn.Granted) turn).slot();
	}

	static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-12-02T17:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
