/**
 * The exercise program (PROTOCOL §4 self-tests and §5 exercises): which exercises a runner's plan
 * holds, on which core days, and at what dose. The dose of every exercise is a pure fold over the
 * runner's sessions and next-morning check-ins in date order ({@link Progression}), so a session
 * logged late for an earlier day simply changes the result. It reads the screening, account and
 * check-in APIs; the motion module knows nothing of it.
 */
@NullMarked
package dev.backstride.program;

import org.jspecify.annotations.NullMarked;
