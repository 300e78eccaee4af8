package dev.backstride.insight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.backstride.insight.LoadTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class AdherenceTests {

	@Test
	void countsDifferentCoreDaysPerIsoWeekAndReadsTheLastFourCompleteWeeks() {
		// TODAY is Wednesday 2 December; the complete weeks are those of 2, 9, 16 and 23 November.
		LocalDate nov2 = LocalDate.of(2026, 11, 2);
		List<LocalDate> days = List.of(nov2, nov2, nov2.plusDays(2), nov2.plusDays(4), // 3 days (one twice)
				nov2.plusDays(7), // 1
				nov2.plusDays(14), nov2.plusDays(16), nov2.plusDays(18), nov2.plusDays(20), // 4 (counts as 3)
				nov2.plusDays(21), nov2.plusDays(23), // 2
				TODAY, TODAY.plusDays(1)); // this week: today counts, tomorrow not
		Adherence adherence = Adherence.of(days, TODAY, 6);
		assertThat(adherence.weeks()).extracting(Adherence.Week::done).containsExactly(0, 3, 1, 4, 2, 1);
		assertThat(adherence.reading()).isEqualTo("In the last 4 complete weeks you did 9 of your 12 core sessions (75%).");
	}

	@Test
	void saysSoWhenNothingIsLogged() {
		assertThat(Adherence.of(List.of(), TODAY, 12).reading()).startsWith("No core sessions logged");
		assertThat(Adherence.of(List.of(), TODAY, 12).weeks()).hasSize(12)
			.allSatisfy((w) -> assertThat(w.planned()).isEqualTo(3));
	}

}
