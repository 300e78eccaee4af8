package dev.backstride.checkin;

/** What the pain is like (PROTOCOL §1). */
public enum PainKind {

	ACHE, TIGHTNESS, BENDING, TWISTING

}
