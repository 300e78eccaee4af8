package dev.backstride.screening;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The nine answers of the adapted risk screen (M-RISK): items 1–8 as agree (1) or disagree (0), and
 * item 9, bothersomeness, as a level 0–4. All nine are required.
 */
public record RiskAnswers(List<@Nullable Integer> agreeItems, @Nullable Integer bothersomeness) {

	public static final int AGREE_ITEMS = 8;

	public RiskAnswers {
		if (agreeItems.size() != AGREE_ITEMS) {
			throw new IllegalArgumentException(
					"the risk screen has 8 agree/disagree items before item 9, got " + agreeItems.size());
		}
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < AGREE_ITEMS; i++) {
			Integer value = agreeItems.get(i);
			if (value == null) {
				missing.add(i + 1);
			}
			else if (value != 0 && value != 1) {
				throw new IllegalArgumentException("item " + (i + 1) + " must be 0 (disagree) or 1 (agree): " + value);
			}
		}
		if (bothersomeness == null) {
			missing.add(9);
		}
		else if (bothersomeness < 0 || bothersomeness > 4) {
			throw new IllegalArgumentException("item 9 (bothersomeness) must be a level 0-4: " + bothersomeness);
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("all 9 risk items are required; missing items: " + missing);
		}
		agreeItems = List.copyOf(agreeItems);
	}

	public static RiskAnswers of(int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8, int bothersomeness) {
		return new RiskAnswers(List.of(i1, i2, i3, i4, i5, i6, i7, i8), bothersomeness);
	}

	/** The score of each of the nine items: items 1–8 as given, item 9 scores 1 for the top two levels. */
	public List<Integer> itemScores() {
		List<Integer> scores = new ArrayList<>();
		agreeItems.forEach(scores::add);
		scores.add(bothersomenessScore());
		return scores;
	}

	int bothersomenessScore() {
		return this.bothersomeness >= 3 ? 1 : 0;
	}

	/** Item 9 as answered: the level 0–4, before scoring. */
	public int bothersomenessLevel() {
		return this.bothersomeness;
	}

}
