package dev.jpde.core.spectral;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.core.grid.PeriodicGrid2D;

/**
 * The Laplacian of a real periodic 2-D field, {@code u_xx + u_yy = IFFT2(-(kx^2 + ky^2) FFT2(u))}, on the rfft2 half
 * spectrum. Exact for trigonometric polynomials below the Nyquist modes. Owns its plan and workspace; not thread-safe.
 */
public final class SpectralLaplacian {
    private final RealFft fft;
    private final double[] minusK2;
    private final double[] spectrum;
    private final int bins;

    public SpectralLaplacian(PeriodicGrid2D grid, Fft backend) {
        this.fft = backend.real(grid.nx(), grid.ny());
        this.bins = fft.spectrumSize();
        this.minusK2 = grid.halfWavenumberSquared();
        for (int j = 0; j < minusK2.length; j++) {
            minusK2[j] = -minusK2[j];
        }
        this.spectrum = new double[2 * bins];
    }

    /** Writes the Laplacian of {@code u} (row-major {@code [nx, ny]}) into {@code out} (may alias u). */
    public void apply(double[] u, double[] out) {
        fft.forward(u, spectrum);
        ComplexArrays.scale(minusK2, spectrum, spectrum, bins);
        fft.inverse(spectrum, out);
    }
}
