package dev.backstride.screening;

import java.time.Instant;
import java.util.Objects;

/** One answered M-FUNC questionnaire with its score, the definition it was answered on, and when. */
public record FunctionResponse(FunctionAnswers answers, FunctionScore score, String questionnaireUrl,
		Instant answeredAt) {

	public FunctionResponse {
		Objects.requireNonNull(answeredAt, "answeredAt");
		if (!score.equals(FunctionScore.score(answers))) {
			throw new IllegalArgumentException("function score " + score + " does not match the answers");
		}
	}

	public static FunctionResponse of(FunctionAnswers answers, String questionnaireUrl, Instant answeredAt) {
		return new FunctionResponse(answers, FunctionScore.score(answers), questionnaireUrl, answeredAt);
	}

}
