/**
 * What the runner's records say together (PROTOCOL §6 and §8): training load from the runs (weekly
 * distance, L-ACWR, L-WEEK), terrain and return-to-running advice (L-TERRAIN, L-RETURN), today's
 * final go / modify / stop call composed from the check-in module's PM-RULE call and the load rules,
 * and the insights page's trends with plan adherence. It reads the account, screening, check-in, runs
 * and program APIs; no module reads it except the shell's home page, so the module graph stays acyclic.
 */
@NullMarked
package dev.backstride.insight;

import org.jspecify.annotations.NullMarked;
