package dev.backstride.insight;

import java.time.LocalDate;
import java.util.List;

import dev.backstride.account.AccountId;

/** Where the insights read runs from: the account's runs on the days from {@code from} to {@code to}, both included. */
public interface RunHistory {

	List<RunFact> between(AccountId account, LocalDate from, LocalDate to);

}
