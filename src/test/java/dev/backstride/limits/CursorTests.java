package dev.backstride.limits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CursorTests {

	@Test
	void aTokenReadsBackAsTheSameKeys() {
		Cursor cursor = Cursor.of(20_512, Cursor.micros(Instant.parse("2026-03-10T07:00:00.123456Z")), 42);
		assertThat(Cursor.parse(cursor.token(), 3)).isEqualTo(cursor);
		assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void microsecondsRoundTripIncludingBeforeTheEpoch() {
		for (String at : List.of("2026-03-10T07:00:00.123456Z", "1969-12-31T23:59:59.999999Z", "1970-01-01T00:00:00Z")) {
			Instant instant = Instant.parse(at);
			assertThat(Cursor.instant(Cursor.micros(instant))).isEqualTo(instant);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not-a-cursor", "!!!", "azE", "a2Yu", "a2EuMS4y" })
	void refusesTokensItDidNotMake(String token) {
		assertThatIllegalArgumentException().isThrownBy(() -> Cursor.parse(token, 2))
			.withMessage("The cursor is not one this list gave out. Leave it out to start again from the newest.");
	}

	@Test
	void refusesATokenOfAnotherListsShape() {
		String threeKeys = Cursor.of(1, 2, 3).token();
		assertThatIllegalArgumentException().isThrownBy(() -> Cursor.parse(threeKeys, 2));
	}

	@Test
	void refusesAnOverlongToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> Cursor.parse("a".repeat(10_000), 2));
	}

	@Test
	void readsLimitAndCursorAsSent() {
		assertThat(PageRequest.parse(null, null, 2)).isEqualTo(new PageRequest(50, Optional.empty()));
		assertThat(PageRequest.parse("200", null, 2).limit()).isEqualTo(200);
		assertThat(PageRequest.parse(" 7 ", Cursor.of(5, 6).token(), 2))
			.isEqualTo(new PageRequest(7, Optional.of(Cursor.of(5, 6))));
		for (String bad : List.of("0", "201", "-1", "1.5", "ten", "", "99999999999")) {
			assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.parse(bad, null, 2))
				.withMessage("The limit must be a whole number from 1 to 200 (rows per page).");
		}
	}

	@Test
	void aPageKeepsTheLimitAndPointsAfterItsLastRow() {
		PageRequest request = PageRequest.first(2);
		Page<Integer> full = Page.of(List.of(9, 8, 7), request, (n) -> Cursor.of(n, n));
		assertThat(full.items()).containsExactly(9, 8);
		assertThat(full.next()).contains(Cursor.of(8, 8));
		assertThat(full.nextLink("/api/v1/things", request))
			.contains("</api/v1/things?limit=2&cursor=" + Cursor.of(8, 8).token() + ">; rel=\"next\"");
		Page<Integer> last = Page.of(List.of(9, 8), request, (n) -> Cursor.of(n, n));
		assertThat(last.next()).isEmpty();
		assertThat(last.nextLink("/api/v1/things", request)).isEmpty();
	}

}
