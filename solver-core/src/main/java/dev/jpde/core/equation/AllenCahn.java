package dev.jpde.core.equation;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * Allen-Cahn {@code u_t = eps u_xx + u - u^3} on a periodic cell: {@code L = 1 - eps k^2}, {@code N = -FFT(u^3)}.
 * Spatially uniform data obey the logistic-type ODE {@code u' = u - u^3}, whose solution is
 * {@code u(t) = u0 / sqrt(u0^2 + (1 - u0^2) e^{-2t})}.
 */
public final class AllenCahn implements SemilinearPde {
    private final RealFourierBasis1D basis;
    private final RealFft fft;
    private final double eps;
    private final double[] field;

    public AllenCahn(PeriodicGrid1D grid, double epsilon) {
        this(grid, epsilon, Fft.jtransforms());
    }

    public AllenCahn(PeriodicGrid1D grid, double epsilon, Fft backend) {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("Allen-Cahn epsilon must be finite and > 0, got " + epsilon);
        }
        this.basis = new RealFourierBasis1D(grid, backend);
        this.fft = backend.real(grid.size());
        this.eps = epsilon;
        this.field = new double[grid.size()];
    }

    @Override
    public RealFourierBasis1D basis() {
        return basis;
    }

    @Override
    public void linearSymbol(double[] out) {
        double[] k = basis.wavenumbers();
        for (int j = 0; j < k.length; j++) {
            out[2 * j] = 1.0 - eps * k[j] * k[j];
            out[2 * j + 1] = 0.0;
        }
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        fft.inverse(state, field);
        for (int j = 0; j < field.length; j++) {
            double u = field[j];
            field[j] = -u * u * u;
        }
        fft.forward(field, out);
    }
}
