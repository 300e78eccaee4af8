package dev.backstride.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The two measures Backstride loads as questionnaires, and the structure each definition must have
 * so that its scores fit the scoring rules of PROTOCOL §3.
 */
public enum QuestionnaireKind {

	/** M-RISK: 8 agree/disagree items scoring 0 or 1, then bothersomeness with levels 0–4. */
	RISK("risk") {
		@Override
		List<String> problems(Questionnaire q) {
			List<String> problems = new ArrayList<>();
			if (q.items().size() != 9) {
				return List.of("M-RISK needs 9 items, found " + q.items().size());
			}
			for (int i = 0; i < 8; i++) {
				expectScores(q.items().get(i), List.of(0, 1), problems);
			}
			expectScores(q.items().get(8), List.of(0, 1, 2, 3, 4), problems);
			q.items().stream().filter((item) -> !item.required())
					.forEach((item) -> problems.add("M-RISK item " + item.linkId() + " must be required"));
			return problems;
		}
	},

	/** M-FUNC: 10 sections, each with 6 statements scoring 0–5 in order. */
	FUNCTION("function") {
		@Override
		List<String> problems(Questionnaire q) {
			List<String> problems = new ArrayList<>();
			if (q.items().size() != 10) {
				return List.of("M-FUNC needs 10 sections, found " + q.items().size());
			}
			List<Integer> scores = IntStream.rangeClosed(0, 5).boxed().toList();
			q.items().forEach((item) -> expectScores(item, scores, problems));
			return problems;
		}
	};

	private final String id;

	QuestionnaireKind(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	abstract List<String> problems(Questionnaire questionnaire);

	/** Returns the definition when it fits the scoring rules, else refuses it with every problem named. */
	public Questionnaire validate(Questionnaire questionnaire) {
		List<String> problems = problems(questionnaire);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(
					"questionnaire " + questionnaire.url() + " does not fit " + name() + ": " + String.join("; ", problems));
		}
		return questionnaire;
	}

	private static void expectScores(Questionnaire.Item item, List<Integer> expected, List<String> problems) {
		List<Integer> scores = item.options().stream().map(Questionnaire.Option::score).toList();
		if (!scores.equals(expected)) {
			problems.add("item " + item.linkId() + " must score " + expected + " in order, found " + scores);
		}
	}

}
