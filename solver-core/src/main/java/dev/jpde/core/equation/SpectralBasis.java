package dev.jpde.core.equation;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The map between a field sampled on a periodic grid and the Fourier coefficients an equation evolves.
 *
 * <p>Physical arrays hold {@code n} reals for a real field or {@code 2n} interleaved doubles for a complex one;
 * spectral states hold {@link #stateSize()} interleaved complex coefficients, unscaled (numpy {@code fft}).
 * Instances own FFT workspace and are not thread-safe.
 */
public interface SpectralBasis {
    PeriodicGrid1D grid();

    /** True for complex fields (full spectrum), false for real fields (rfft half spectrum). */
    boolean complexField();

    /** Number of complex Fourier coefficients in a state. */
    int stateSize();

    /** Number of doubles in a physical field array. */
    default int fieldLength() {
        return complexField() ? 2 * grid().size() : grid().size();
    }

    /** Wavenumber of each coefficient of the state, a new array of length {@link #stateSize()}. */
    double[] wavenumbers();

    /** Index of the Nyquist coefficient in the state, or -1. */
    int nyquistIndex();

    /** Fourier coefficients of a physical field; {@code field} is not modified. */
    void toSpectral(double[] field, double[] state);

    /** Physical field of a state; {@code state} is not modified. */
    void toPhysical(double[] state, double[] field);

    /** A new state array. */
    default double[] newState() {
        return new double[2 * stateSize()];
    }

    /** A new physical field array. */
    default double[] newField() {
        return new double[fieldLength()];
    }
}
