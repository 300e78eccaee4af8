/**
 * Reading runs from files: GPX (jpx), TCX (StAX) and FIT (Garmin's SDK), plain or gzipped, alone or
 * streamed out of (nested) export archives, and the background imports that store them.
 */
@NullMarked
package dev.backstride.runs.fileimport;

import org.jspecify.annotations.NullMarked;
