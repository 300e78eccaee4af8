package dev.backstride.motion;

import java.util.List;

import dev.backstride.account.AccountId;

/**
 * A pelvis measurement was analysed and stored.
 *
 * @param account whose it is
 * @param id the stored measurement
 * @param flags rule ids that it flagged, e.g. {@code C-PELVIS} (drop beyond the threshold) or
 * {@code K-ASYM}; empty when nothing stood out
 */
public record PelvisMeasured(AccountId account, long id, List<String> flags) {

	public PelvisMeasured {
		flags = List.copyOf(flags);
	}

}
