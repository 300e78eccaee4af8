package dev.backstride.checkin;

import java.time.LocalDate;

import dev.backstride.account.AccountId;

/** The runner's check-in of that date was deleted (published in the deleting transaction). */
public record CheckInDeleted(AccountId account, LocalDate date) {

}
