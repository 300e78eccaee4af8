package dev.backstride.account;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileDraftTests {

	/** A draft from one row of a table: empty cells are missing fields. */
	private static ProfileDraft draft(Integer age, String sex, String years, String weekly, Units units,
			Integer road, Integer trail) {
		return new ProfileDraft(age, sex, years == null ? null : new BigDecimal(years),
				weekly == null ? null : new BigDecimal(weekly), units, road, trail, null, null);
	}

	private static List<String> fields(ProfileDraft.Checked checked) {
		return switch (checked) {
			case ProfileDraft.Checked.Valid v -> List.of();
			case ProfileDraft.Checked.Invalid i -> i.problems().stream().map(ProfileDraft.Problem::field).toList();
		};
	}

	@ParameterizedTest(name = "age {0}, sex {1}, years {2}, weekly {3} {4}, road {5}, trail {6} → {7}")
	@CsvSource(nullValues = "-", textBlock = """
			34, FEMALE, 29,     40,    KM,    100, 0,   -
			34, FEMALE, 29.1,   40,    KM,    100, 0,   yearsRunning
			34, FEMALE, 40,     40,    KM,    100, 0,   yearsRunning
			10, -,      5,      -,     KM,    -,   -,   -
			10, -,      5.5,    -,     KM,    -,   -,   yearsRunning
			110, MALE,  99,     -,     KM,    -,   -,   -
			9,  -,      -,      -,     KM,    -,   -,   age
			111, -,     -,      -,     KM,    -,   -,   age
			-,  -,      -,      -,     KM,    -,   -,   age
			-,  FEMALE, 3,      20,    KM,    -,   -,   age
			40, -,      -,      400,   KM,    -,   -,   -
			40, -,      -,      400.1, KM,    -,   -,   weeklyDistance
			40, -,      -,      250,   MILES, -,   -,   -
			40, -,      -,      250.1, MILES, -,   -,   weeklyDistance
			40, -,      -,      -0.1,  KM,    -,   -,   weeklyDistance
			40, -,      -,      0,     KM,    -,   -,   -
			40, -,      -,      1.0001, KM,   -,   -,   weeklyDistance
			40, ALIEN,  -,      -,     KM,    -,   -,   sex
			40, other,  -,      -,     KM,    -,   -,   -
			40, -,      -,      -,     KM,    50,  50,  -
			40, -,      -,      -,     KM,    50,  49,  terrain
			40, -,      -,      -,     KM,    101, 0,   terrain
			40, -,      -1,     -,     KM,    -,   -,   yearsRunning
			""")
	void checksEachRuleAtItsBoundary(Integer age, String sex, String years, String weekly, Units units, Integer road,
			Integer trail, String problemField) {
		List<String> fields = fields(draft(age, sex, years, weekly, units, road, trail).check());
		assertThat(fields).isEqualTo(problemField == null ? List.of() : List.of(problemField));
	}

	@Test
	void reportsEveryProblemAtOnce() {
		var checked = draft(34, "ALIEN", "40", "401", Units.KM, 50, 49).check();
		assertThat(fields(checked)).containsExactly("sex", "yearsRunning", "weeklyDistance", "terrain");
		assertThat(((ProfileDraft.Checked.Invalid) checked).sentences())
			.contains("at 34, that is at most 29 years")
			.contains("from 0 to 400")
			.contains("add up to 100% (they add up to 99%)");
	}

	@Test
	void anEmptyProfileIsNotSavedButAsksForTheAge() {
		var checked = draft(null, null, null, null, Units.KM, null, null).check();
		assertThat(((ProfileDraft.Checked.Invalid) checked).sentences())
			.isEqualTo("Enter your age: it changes what some safety answers mean.");
	}

	@Test
	void milesAreStoredAsKilometres() {
		var checked = (ProfileDraft.Checked.Valid) draft(40, null, null, "20", Units.MILES, null, null).check();
		assertThat(checked.profile().weeklyDistanceKm()).contains(new BigDecimal("32.2"));
		assertThat(checked.units()).isEqualTo(Units.MILES);
	}

}
