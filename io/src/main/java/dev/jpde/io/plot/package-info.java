/**
 * PNG plots of file sets: a space-time image of |field| beside the drifts of the diagnostics, drawn with the JDK's
 * headless Java2D (no extra dependency).
 */
package dev.jpde.io.plot;
