package dev.backstride.program;

/**
 * The outcome of logging a session: its id, and whether every prescribed set (on each side, where it
 * applies) reached its repetitions and hold at the dose the session was done at.
 */
public record SessionLogged(long id, boolean completed) {

}
