package dev.backstride.program;

/** A core-day routine (EX-REACH, EX-CRUNCH) or the routine before a run (EX-SWING). */
public enum SessionKind {

	CORE, PRE_RUN

}
