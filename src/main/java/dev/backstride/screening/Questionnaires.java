package dev.backstride.screening;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The two questionnaire definitions in use: M-RISK and M-FUNC, both validated. */
public record Questionnaires(Questionnaire risk, Questionnaire function) {

	public Questionnaires {
		QuestionnaireKind.RISK.validate(risk);
		QuestionnaireKind.FUNCTION.validate(function);
	}

	/** Risk answers from the option codes a runner chose, in item order (null for unanswered, refused). */
	public RiskAnswers riskAnswers(List<@Nullable String> codes) {
		if (codes.size() != 9) {
			throw new IllegalArgumentException("the risk screen has 9 items, got " + codes.size() + " answers");
		}
		List<@Nullable Integer> scores = scores(this.risk, codes);
		return new RiskAnswers(scores.subList(0, 8), scores.get(8));
	}

	/** Function answers from the option codes a runner chose, in section order (null for unanswered). */
	public FunctionAnswers functionAnswers(List<@Nullable String> codes) {
		if (codes.size() != 10) {
			throw new IllegalArgumentException("the function index has 10 sections, got " + codes.size() + " answers");
		}
		return new FunctionAnswers(scores(this.function, codes));
	}

	private static List<@Nullable Integer> scores(Questionnaire q, List<@Nullable String> codes) {
		List<@Nullable Integer> scores = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			scores.add(code == null ? null : q.items().get(i).scoreOf(code));
		}
		return scores;
	}

}
