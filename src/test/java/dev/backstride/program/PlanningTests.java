package dev.backstride.program;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.backstride.screening.CareStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Self-test readings at their boundaries (§4), what a plan holds (P-SELECT) and the core days (P-FREQ). */
class PlanningTests {

	@ParameterizedTest(name = "leg raise {0}° / {1}° → C-HAM {2}")
	@CsvSource({ "70, 70, false", "69, 70, true", "70, 69, true", "64, 71, true", "90, 85, false", "0, 0, true" })
	void tHamFindsTightHamstringsUnder70Degrees(int left, int right, boolean found) {
		assertThat(ids(new SelfTest.Hamstrings(left, right))).isEqualTo(found ? List.of("C-HAM") : List.of());
	}

	@ParameterizedTest(name = "plank {0} s, sides {1}/{2} s → C-CORE {3}")
	@CsvSource({ "60, 40, 40, false", "59, 40, 40, true", "45, 30, 40, true", "60, 40, 50, false",
			"60, 40, 51, true", "60, 51, 40, true", "90, 0, 0, false", "90, 0, 1, true" })
	void tCoreFindsAWeakCoreUnderAMinuteOrSidesOverAFifthApart(int plank, int left, int right, boolean found) {
		assertThat(ids(new SelfTest.Core(plank, left, right))).isEqualTo(found ? List.of("C-CORE") : List.of());
	}

	@ParameterizedTest(name = "thighs lift {0}/{1} → C-CORE {2}")
	@CsvSource({ "false, false, false", "true, false, true", "false, true, true", "true, true, true" })
	void tHipFlexAThighThatLiftsIsPartOfAWeakCore(boolean left, boolean right, boolean found) {
		List<Contributor> findings = new SelfTest.HipFlexors(left, right).findings();
		assertThat(findings.stream().map(Contributor::id).toList()).isEqualTo(found ? List.of("C-CORE") : List.of());
		findings.forEach((c) -> assertThat(c.foundBy()).isEqualTo("T-HIPFLEX"));
	}

	@Test
	void theLatestResultOfEachTestCountsAndAPelvisBeyondItsBandAddsCPelvis() {
		List<TakenTest> tests = List.of(new TakenTest(1, Instant.parse("2026-11-01T00:00:00Z"), new SelfTest.Hamstrings(60, 60)),
				new TakenTest(2, Instant.parse("2026-11-20T00:00:00Z"), new SelfTest.Hamstrings(80, 80)),
				new TakenTest(3, Instant.parse("2026-11-02T00:00:00Z"), new SelfTest.Core(30, 20, 20)));
		assertThat(Planning.contributors(tests, new PelvisFinding.Measured(5.5, 5)))
			.extracting((c) -> c.id() + " by " + c.foundBy())
			.containsExactly("C-CORE by T-CORE", "C-PELVIS by T-PELVIS");
		assertThat(Planning.contributors(tests, new PelvisFinding.Measured(5.0, 5))).extracting(Contributor::id)
			.containsExactly("C-CORE");
	}

	@Test
	void pSelectEveryPlanHoldsTheThreeExercisesAndTheMirrorRunWhenThePelvisNeedsWatching() {
		Progression.Progress none = Progression.replay(List.of(), java.util.Map.of());
		Plan.Active unmeasured = (Plan.Active) Planning.plan(new CareStatus.Active(), false, CoreDays.DEFAULT, List.of(),
				new PelvisFinding.NotMeasured(), none);
		assertThat(unmeasured.exercises()).extracting((p) -> p.exercise().id())
			.containsExactly("EX-SWING", "EX-REACH", "EX-CRUNCH");
		assertThat(unmeasured.techniqueCheck()).isTrue();
		assertThat(((Plan.Active) Planning.plan(new CareStatus.Active(), false, CoreDays.DEFAULT, List.of(),
				new PelvisFinding.Measured(4, 5), none)).techniqueCheck()).isFalse();
		Plan.Active found = (Plan.Active) Planning.plan(new CareStatus.Active(), false, CoreDays.DEFAULT, List.of(),
				new PelvisFinding.Measured(8, 7), none);
		assertThat(found.techniqueCheck()).isTrue();
		assertThat(found.exercises().get(2).against()).extracting(Contributor::id).containsExactly("C-PELVIS");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			MONDAY WEDNESDAY FRIDAY    | ok
			TUESDAY THURSDAY SATURDAY  | ok
			TUESDAY THURSDAY SUNDAY    | ok
			MONDAY THURSDAY SATURDAY   | ok
			WEDNESDAY FRIDAY SUNDAY    | ok
			SUNDAY MONDAY WEDNESDAY    | Sunday and Monday are in a row
			MONDAY TUESDAY THURSDAY    | Monday and Tuesday are in a row
			FRIDAY SATURDAY MONDAY     | Friday and Saturday are in a row
			MONDAY WEDNESDAY           | not 2
			MONDAY WEDNESDAY FRIDAY SUNDAY | not 4
			""")
	void coreDaysAreThreeAWeekNeverTwoInARowWithSundayBeforeMonday(String days, String outcome) {
		Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
		for (String day : days.split(" ")) {
			chosen.add(DayOfWeek.valueOf(day));
		}
		if (outcome.equals("ok")) {
			assertThat(new CoreDays(chosen).days()).isEqualTo(chosen);
		}
		else {
			assertThatThrownBy(() -> new CoreDays(chosen)).hasMessageContaining(outcome);
		}
	}

	private static List<String> ids(SelfTest test) {
		return test.findings().stream().map(Contributor::id).toList();
	}

}
