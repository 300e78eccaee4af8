package dev.backstride.screening;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskScoreTests {

	private static RiskAnswers answers(String items) {
		int[] v = Arrays.stream(items.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
		return RiskAnswers.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
	}

	@ParameterizedTest(name = "[{0}] -> total {1}, distress {2}, {3}")
	@CsvSource({
			"0 0 0 0 0 0 0 0 0, 0, 0, LOW",
			"1 1 1 0 0 0 0 0 0, 3, 0, LOW",
			"0 0 0 0 1 1 1 0 2, 3, 3, LOW",
			"1 1 1 1 0 0 0 0 0, 4, 0, MEDIUM",
			"1 0 0 0 1 1 1 0 0, 4, 3, MEDIUM",
			"1 1 1 1 1 1 1 0 2, 7, 3, MEDIUM",
			"0 0 0 0 1 1 1 1 0, 4, 4, HIGH",
			"0 0 0 0 1 1 1 0 3, 4, 4, HIGH",
			"1 1 1 1 1 1 1 1 4, 9, 5, HIGH",
			"0 0 0 0 1 1 1 1 2, 4, 4, HIGH" })
	void scoresTotalDistressAndStratumAtEveryBoundary(String items, int total, int distress, RiskStratum stratum) {
		RiskScore score = RiskScore.score(answers(items));
		assertThat(score).isEqualTo(new RiskScore(total, distress, stratum));
	}

	@ParameterizedTest(name = "bothersomeness level {0} scores {1}")
	@CsvSource({ "0, 0", "1, 0", "2, 0", "3, 1", "4, 1" })
	void scoresBothersomenessOnlyForTheTopTwoLevels(int level, int score) {
		assertThat(RiskScore.score(RiskAnswers.of(0, 0, 0, 0, 0, 0, 0, 0, level)).total()).isEqualTo(score);
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', value = { "0 0 0 0 0 0 0 2 0 | item 8 must be 0 (disagree) or 1 (agree)",
			"-1 0 0 0 0 0 0 0 0 | item 1 must be 0",
			"0 0 0 0 0 0 0 0 5 | item 9 (bothersomeness) must be a level 0-4",
			"0 0 0 0 0 0 0 0 -1 | item 9 (bothersomeness) must be a level 0-4" })
	void refusesValuesOutsideTheScale(String items, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> answers(items)).withMessageContaining(message);
	}

	@ParameterizedTest(name = "missing item {0} is refused")
	@CsvSource({ "1", "5", "8", "9" })
	void requiresAllNineItems(int missing) {
		List<Integer> items = Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0);
		Integer bothersomeness = 0;
		if (missing == 9) {
			bothersomeness = null;
		}
		else {
			items.set(missing - 1, null);
		}
		Integer b = bothersomeness;
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskAnswers(items, b))
			.withMessageContaining("missing items: [" + missing + "]");
	}

	@ParameterizedTest(name = "{0} agree items are refused")
	@CsvSource({ "7", "9" })
	void refusesTheWrongNumberOfItems(int count) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RiskAnswers(java.util.Collections.nCopies(count, 0), 0))
			.withMessageContaining("8 agree/disagree items");
	}

	@ParameterizedTest(name = "total {0}, distress {1}, stated {2} is refused")
	@CsvSource({ "3, 0, MEDIUM", "4, 3, HIGH", "4, 4, MEDIUM", "10, 0, HIGH", "2, 3, LOW" })
	void refusesAScoreWhoseStratumDoesNotFit(int total, int distress, RiskStratum stratum) {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskScore(total, distress, stratum));
	}

	@ParameterizedTest(name = "{0} care names M-RISK-CARE")
	@CsvSource({ "LOW, yourself is a good fit", "MEDIUM, physiotherapist", "HIGH, physiotherapy" })
	void givesTheCareConsequenceOfEachStratum(RiskStratum stratum, String words) {
		RiskCare care = RiskCare.of(stratum);
		assertThat(care.ruleId()).isEqualTo("M-RISK-CARE");
		assertThat(care.advice()).contains(words).doesNotContain("M-RISK");
		assertThat(care.ruleId()).isEqualTo("M-RISK-CARE");
	}

}
