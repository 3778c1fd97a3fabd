package dev.jpde.core.spectral;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The m-th derivative of a real periodic field sampled on a grid: {@code d^m u / dx^m = IFFT((ik)^m FFT(u))}.
 * Exact for trigonometric polynomials of degree below n/2 and spectrally accurate for smooth fields.
 * Owns its plan and workspace; not thread-safe.
 */
public final class SpectralDerivative {
    private final RealFft fft;
    private final double[] symbol;
    private final double[] spectrum;
    private final int bins;

    public SpectralDerivative(PeriodicGrid1D grid, int order, Fft backend) {
        this.fft = backend.real(grid.size());
        this.bins = fft.spectrumSize();
        this.symbol = DerivativeSymbol.of(grid.halfWavenumbers(), order, DerivativeSymbol.nyquistIndexHalf(grid.size()));
        this.spectrum = new double[2 * bins];
    }

    /** Writes the derivative of {@code u} into {@code du} (may alias u). */
    public void apply(double[] u, double[] du) {
        fft.forward(u, spectrum);
        ComplexArrays.multiply(symbol, spectrum, spectrum, bins);
        fft.inverse(spectrum, du);
    }
}
