package dev.backstride.insight;

import java.time.LocalDate;

/**
 * A point on a trend where the value had moved by a meaningful change (PROTOCOL §3) from the last
 * marked point (or the first point): {@code change} is "better" or "worse".
 */
public record ChangeMarker(LocalDate date, double value, String change) {

}
