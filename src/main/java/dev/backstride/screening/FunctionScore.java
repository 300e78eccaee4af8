package dev.backstride.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The M-FUNC result (PROTOCOL §3): percent = sum / (5 × sections answered) × 100, to one decimal
 * rounded half-up, and its band.
 */
public record FunctionScore(BigDecimal percent, FunctionBand band, int answered) {

	public FunctionScore {
		if (percent.scale() != 1) {
			throw new IllegalArgumentException("function percent has one decimal: " + percent);
		}
		if (band != FunctionBand.of(percent)) {
			throw new IllegalArgumentException("band " + band + " does not match " + percent + "%");
		}
		if (answered < FunctionAnswers.MIN_ANSWERED || answered > FunctionAnswers.SECTIONS) {
			throw new IllegalArgumentException("answered sections must be 8-10: " + answered);
		}
	}

	public static FunctionScore score(FunctionAnswers answers) {
		int answered = answers.answered();
		BigDecimal percent = BigDecimal.valueOf(answers.sum() * 100L)
			.divide(BigDecimal.valueOf(5L * answered), 1, RoundingMode.HALF_UP);
		return new FunctionScore(percent, FunctionBand.of(percent), answered);
	}

}
