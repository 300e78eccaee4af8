package dev.backstride.screening;

/**
 * The M-RISK result (PROTOCOL §3): total 0–9, distress subscale (items 5–9) 0–5, and the stratum:
 * total ≤ 3 LOW; total ≥ 4 with distress ≤ 3 MEDIUM; total ≥ 4 with distress ≥ 4 HIGH.
 */
public record RiskScore(int total, int distress, RiskStratum stratum) {

	public RiskScore {
		if (total < 0 || total > 9) {
			throw new IllegalArgumentException("risk total must be 0-9: " + total);
		}
		if (distress < 0 || distress > 5 || distress > total) {
			throw new IllegalArgumentException("distress must be 0-5 and at most the total: " + distress);
		}
		if (stratum != stratumOf(total, distress)) {
			throw new IllegalArgumentException("stratum " + stratum + " does not match total " + total
					+ " and distress " + distress);
		}
	}

	public static RiskScore score(RiskAnswers answers) {
		var scores = answers.itemScores();
		int total = scores.stream().mapToInt(Integer::intValue).sum();
		int distress = scores.subList(4, 9).stream().mapToInt(Integer::intValue).sum();
		return new RiskScore(total, distress, stratumOf(total, distress));
	}

	static RiskStratum stratumOf(int total, int distress) {
		if (total <= 3) {
			return RiskStratum.LOW;
		}
		return distress <= 3 ? RiskStratum.MEDIUM : RiskStratum.HIGH;
	}

	/** What the stratum means for care (M-RISK-CARE). */
	public RiskCare care() {
		return RiskCare.of(this.stratum);
	}

}
