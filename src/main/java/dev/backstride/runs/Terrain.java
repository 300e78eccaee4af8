package dev.backstride.runs;

/** Where a run was run: what the load rules and the insights compare pain across. */
public enum Terrain {

	ROAD, TRACK, TREADMILL, TRAIL

}
