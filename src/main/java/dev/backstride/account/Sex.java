package dev.backstride.account;

/** Sex as recorded in the profile; some reference bands in the protocol differ by it. */
public enum Sex {

	FEMALE, MALE, OTHER

}
