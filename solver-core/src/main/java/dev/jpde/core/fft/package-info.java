/**
 * Fast Fourier transforms behind small role interfaces.
 *
 * <p>Conventions follow numpy: the forward transform is unscaled,
 * {@code X_k = sum_j x_j exp(-2 pi i j k / N)}, and the inverse divides by N. Complex data is
 * interleaved ({@code a[2k] = Re}, {@code a[2k+1] = Im}). Real transforms use numpy's rfft layout:
 * {@code N/2 + 1} complex bins. Plans are created once and reused; transforms do not allocate per call.
 * The default backend is JTransforms with one thread (threads slow down the small transforms PDE solvers use).
 */
package dev.jpde.core.fft;
