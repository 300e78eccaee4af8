package dev.backstride.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-account limits on what one account may store, all in one place ({@code backstride.quotas.*}).
 * A daily limit counts what was stored since midnight in the application clock's zone; a total limit
 * counts what the account holds. Every limit must be at least 1.
 *
 * @param checkInsPerDay check-ins saved in one calendar day
 * @param checkInsTotal check-ins one account keeps
 * @param recordingsPerDay motion recordings analysed and stored in one calendar day
 * @param reportBytesTotal bytes of stored motion reports one account keeps
 * @param activeTokens access tokens not revoked
 * @param screeningsPerDay danger-sign screenings, clinician-assessed and clearance confirmations (each)
 * in one calendar day
 * @param questionnaireResponsesPerDay responses to each questionnaire in one calendar day
 */
@ConfigurationProperties("backstride.quotas")
public record Quotas(@DefaultValue("60") int checkInsPerDay, @DefaultValue("10000") int checkInsTotal,
		@DefaultValue("50") int recordingsPerDay, @DefaultValue("524288000") long reportBytesTotal,
		@DefaultValue("50") int activeTokens, @DefaultValue("20") int screeningsPerDay,
		@DefaultValue("20") int questionnaireResponsesPerDay) {

	public Quotas {
		if (checkInsPerDay < 1 || checkInsTotal < 1 || recordingsPerDay < 1 || reportBytesTotal < 1 || activeTokens < 1
				|| screeningsPerDay < 1 || questionnaireResponsesPerDay < 1) {
			throw new IllegalArgumentException("every backstride.quotas limit must be at least 1");
		}
	}

	/** The defaults, for code and tests that run without Spring. */
	public static Quotas defaults() {
		return new Quotas(60, 10_000, 50, 500L * 1024 * 1024, 50, 20, 20);
	}

}
