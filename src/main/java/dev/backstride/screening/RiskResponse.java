package dev.backstride.screening;

import java.time.Instant;
import java.util.Objects;

/** One answered M-RISK questionnaire with its score, the definition it was answered on, and when. */
public record RiskResponse(RiskAnswers answers, RiskScore score, String questionnaireUrl, Instant answeredAt) {

	public RiskResponse {
		Objects.requireNonNull(answeredAt, "answeredAt");
		if (!score.equals(RiskScore.score(answers))) {
			throw new IllegalArgumentException("risk score " + score + " does not match the answers");
		}
	}

	public static RiskResponse of(RiskAnswers answers, String questionnaireUrl, Instant answeredAt) {
		return new RiskResponse(answers, RiskScore.score(answers), questionnaireUrl, answeredAt);
	}

	public RiskCare care() {
		return this.score.care();
	}

}
