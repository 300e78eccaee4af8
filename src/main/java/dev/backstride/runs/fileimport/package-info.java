/**
 * Reading runs from files: GPX and TCX (the JDK's StAX) and FIT (our own decoder of the published FIT
 * protocol), plain or gzipped, alone or streamed out of (nested) export archives, and the background
 * imports that store them.
 */
@NullMarked
package dev.backstride.runs.fileimport;

import org.jspecify.annotations.NullMarked;
