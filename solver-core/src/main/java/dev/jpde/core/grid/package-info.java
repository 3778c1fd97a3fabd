/**
 * Periodic grids and their Fourier wavenumbers.
 *
 * <p>A 1-D grid covers {@code [start, start + length)} with {@code n} equispaced points, the right end excluded.
 * Wavenumbers are {@code k = 2 pi * fftfreq(n, dx)} in FFT order; for even n the Nyquist bin carries
 * {@code -pi n / length}, as numpy gives it.
 */
package dev.jpde.core.grid;
