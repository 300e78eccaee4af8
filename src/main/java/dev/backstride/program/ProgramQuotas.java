package dev.backstride.program;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's per-account limits, beside the others under {@code backstride.quotas.*} (see
 * {@code limits.Quotas}); every limit must be at least 1.
 *
 * @param sessionsPerDay exercise sessions logged in one calendar day (a day's routines, with room to
 * fill in two weeks on joining)
 * @param sessionsTotal exercise sessions one account keeps
 * @param selfTestsPerDay self-test results saved in one calendar day
 */
@ConfigurationProperties("backstride.quotas")
public record ProgramQuotas(@DefaultValue("40") int sessionsPerDay, @DefaultValue("5000") int sessionsTotal,
		@DefaultValue("20") int selfTestsPerDay) {

	public ProgramQuotas {
		if (sessionsPerDay < 1 || sessionsTotal < 1 || selfTestsPerDay < 1) {
			throw new IllegalArgumentException("every backstride.quotas limit must be at least 1");
		}
	}

}
