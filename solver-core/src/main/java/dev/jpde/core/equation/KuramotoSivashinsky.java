package dev.jpde.core.equation;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * Kuramoto-Sivashinsky {@code u_t + u u_x + u_xx + u_xxxx = 0}: {@code L = k^2 - k^4},
 * {@code N = -(1/2) i k FFT(u^2)}. Chaotic for periodic cells longer than about 2 pi * 3.
 */
public final class KuramotoSivashinsky implements SemilinearPde {
    private final RealFourierBasis1D basis;
    private final QuadraticFlux flux;

    public KuramotoSivashinsky(PeriodicGrid1D grid, Dealiasing dealiasing) {
        this(grid, dealiasing, Fft.jtransforms());
    }

    public KuramotoSivashinsky(PeriodicGrid1D grid, Dealiasing dealiasing, Fft backend) {
        this.basis = new RealFourierBasis1D(grid, backend);
        this.flux = new QuadraticFlux(grid, -0.5, dealiasing, backend);
    }

    @Override
    public RealFourierBasis1D basis() {
        return basis;
    }

    @Override
    public void linearSymbol(double[] out) {
        double[] k = basis.wavenumbers();
        for (int j = 0; j < k.length; j++) {
            double k2 = k[j] * k[j];
            out[2 * j] = k2 - k2 * k2;
            out[2 * j + 1] = 0.0;
        }
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        flux.apply(state, out);
    }
}
