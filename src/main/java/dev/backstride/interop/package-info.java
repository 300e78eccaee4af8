/**
 * Interoperability: the runner's data taken out of Backstride, as a zip of JSON files with the original
 * run files, and as a FHIR R4 Bundle for a clinician. It only reads the other modules' APIs (account,
 * screening, checkin, program, runs, motion) and stores nothing; no module depends on it. Downloads are
 * bounded in number and time by {@link dev.backstride.interop.ExportSlots}.
 */
@NullMarked
package dev.backstride.interop;

import org.jspecify.annotations.NullMarked;
