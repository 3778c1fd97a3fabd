package dev.jpde.core.equation;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * Korteweg-de Vries {@code u_t + a u u_x + b u_xxx = 0}: {@code L = i b k^3}, {@code N = -(a/2) i k FFT(u^2)}.
 * Its soliton is {@code u = (3c/a) sech^2( (1/2) sqrt(c/b) (x - x0 - c t) )} for {@code c/b > 0}.
 */
public final class Kdv implements SemilinearPde {
    private final RealFourierBasis1D basis;
    private final double b;
    private final QuadraticFlux flux;

    public Kdv(PeriodicGrid1D grid, double a, double b, Dealiasing dealiasing) {
        this(grid, a, b, dealiasing, Fft.jtransforms());
    }

    public Kdv(PeriodicGrid1D grid, double a, double b, Dealiasing dealiasing, Fft backend) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("KdV coefficients must be finite");
        }
        this.basis = new RealFourierBasis1D(grid, backend);
        this.b = b;
        this.flux = new QuadraticFlux(grid, -a / 2, dealiasing, backend);
    }

    @Override
    public RealFourierBasis1D basis() {
        return basis;
    }

    @Override
    public void linearSymbol(double[] out) {
        double[] k = basis.wavenumbers();
        int nyq = basis.nyquistIndex();
        for (int j = 0; j < k.length; j++) {
            out[2 * j] = 0.0;
            out[2 * j + 1] = j == nyq ? 0.0 : b * k[j] * k[j] * k[j];
        }
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        flux.apply(state, out);
    }
}
