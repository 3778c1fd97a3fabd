/**
 * An optional FFTW 3 backend for {@link dev.jpde.core.fft.Fft}, through the JavaCPP presets. About 2.5x faster than
 * JTransforms on the 512-point transforms of the NLSE cases. FFTW is GPL-2, so this module is opt-in: nothing in the
 * default build depends on it except the benchmarks. Plans are made with {@code FFTW_MEASURE}, which may choose a
 * different algorithm in another process, so results can differ between runs in the last bits; use JTransforms where
 * bit-identical reruns matter.
 */
package dev.jpde.fft.fftw;
