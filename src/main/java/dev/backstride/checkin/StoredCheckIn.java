package dev.backstride.checkin;

import java.time.Instant;

/** A check-in as stored: its id and when it was recorded, which order and page the history. */
public record StoredCheckIn(long id, Instant recordedAt, CheckIn checkIn) {

}
