/**
 * Safety screening and questionnaires (PROTOCOL §2 and §3): red-flag triage, clearance, the adapted
 * risk screen and function index, and whether a runner's plan is paused. It knows accounts only by
 * their id and nothing of check-ins, runs or motion.
 */
@NullMarked
package dev.backstride.screening;

import org.jspecify.annotations.NullMarked;
