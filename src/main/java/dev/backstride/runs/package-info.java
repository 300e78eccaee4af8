/**
 * The run log: runs logged by hand and runs imported from watch files (GPX, TCX, FIT, alone, gzipped
 * or in Strava and Garmin export archives), with the original file kept. Its API ({@link Runs}) gives
 * other modules the facts of each run (date, distance, times, terrain, pain); it reads the account
 * API only and knows nothing of check-ins, load rules or pages outside its own.
 */
@NullMarked
package dev.backstride.runs;

import org.jspecify.annotations.NullMarked;
