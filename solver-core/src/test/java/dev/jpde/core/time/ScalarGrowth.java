package dev.jpde.core.time;

import dev.jpde.core.equation.RealFourierBasis1D;
import dev.jpde.core.equation.SemilinearPde;
import dev.jpde.core.equation.SpectralBasis;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.core.grid.PeriodicGrid1D;
import java.util.Arrays;

/**
 * A test equation on a small real grid, {@code u_t = lambda u + c u^3} pointwise ({@code L = lambda} on every mode,
 * {@code N = c FFT(u^3)}). With uniform data it is the scalar ODE {@code u' = lambda u + c u^3}:
 * <ul>
 *   <li>{@code lambda > 0, c = 0}: {@code u = u0 e^{lambda t}}, which overflows a double at a known time;</li>
 *   <li>{@code lambda = 0, c = 1}: {@code u = u0 / sqrt(1 - 2 u0^2 t)}, a blow-up at {@code t* = 1/(2 u0^2)}.</li>
 * </ul>
 */
final class ScalarGrowth implements SemilinearPde {
    private final RealFourierBasis1D basis;
    private final RealFft fft;
    private final double lambda;
    private final double cubic;
    private final double[] field;

    ScalarGrowth(int n, double lambda, double cubic) {
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(1.0, n);
        this.basis = new RealFourierBasis1D(grid, Fft.jtransforms());
        this.fft = Fft.jtransforms().real(n);
        this.lambda = lambda;
        this.cubic = cubic;
        this.field = new double[n];
    }

    /** The spectral state of the uniform field u0 (numpy normalisation: bin 0 holds n u0). */
    double[] uniformState(double u0) {
        double[] s = basis.newState();
        s[0] = basis.grid().size() * u0;
        return s;
    }

    @Override
    public SpectralBasis basis() {
        return basis;
    }

    @Override
    public void linearSymbol(double[] out) {
        for (int j = 0; j < out.length / 2; j++) {
            out[2 * j] = lambda;
            out[2 * j + 1] = 0.0;
        }
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        if (cubic == 0) {
            Arrays.fill(out, 0.0);
            return;
        }
        fft.inverse(state, field);
        for (int j = 0; j < field.length; j++) {
            double u = field[j];
            field[j] = cubic * u * u * u;
        }
        fft.forward(field, out);
    }
}
