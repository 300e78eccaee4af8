package dev.backstride.screening;

/** When M-RISK and M-FUNC are next due. */
public record MeasuresDue(Due risk, Due function) {

}
