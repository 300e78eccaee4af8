/**
 * Daily check-ins and the go / modify / stop call for the next run (PROTOCOL §3 M-NRS and §6
 * PM-RULE). It reads the screening API to know whether the plan is paused and knows nothing of
 * motion analysis or imports.
 */
@NullMarked
package dev.backstride.checkin;

import org.jspecify.annotations.NullMarked;
