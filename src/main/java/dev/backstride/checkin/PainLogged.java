package dev.backstride.checkin;

import java.time.LocalDate;

import dev.backstride.account.AccountId;

/** A check-in was logged (M-NRS). */
public record PainLogged(AccountId account, LocalDate date, int painNow, int worstPain24h,
		boolean newOrChangedSymptoms) {

}
