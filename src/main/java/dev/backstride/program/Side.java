package dev.backstride.program;

/** Which leg a set was done with. */
public enum Side {

	LEFT, RIGHT

}
