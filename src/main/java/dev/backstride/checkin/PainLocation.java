package dev.backstride.checkin;

/** Where the pain is. */
public enum PainLocation {

	CENTRAL, ONE_SIDE, BUTTOCK, LEG_ABOVE_KNEE, LEG_BELOW_KNEE

}
