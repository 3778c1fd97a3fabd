package dev.jpde.core.equation;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * Viscous Burgers {@code u_t + u u_x = nu u_xx}, written conservatively: {@code L = -nu k^2},
 * {@code N = -(1/2) i k FFT(u^2)}.
 */
public final class ViscousBurgers implements SemilinearPde {
    private final RealFourierBasis1D basis;
    private final double nu;
    private final QuadraticFlux flux;

    public ViscousBurgers(PeriodicGrid1D grid, double viscosity, Dealiasing dealiasing) {
        this(grid, viscosity, dealiasing, Fft.jtransforms());
    }

    public ViscousBurgers(PeriodicGrid1D grid, double viscosity, Dealiasing dealiasing, Fft backend) {
        if (!(viscosity >= 0) || !Double.isFinite(viscosity)) {
            throw new IllegalArgumentException("viscosity must be finite and >= 0, got " + viscosity);
        }
        this.basis = new RealFourierBasis1D(grid, backend);
        this.nu = viscosity;
        this.flux = new QuadraticFlux(grid, -0.5, dealiasing, backend);
    }

    @Override
    public RealFourierBasis1D basis() {
        return basis;
    }

    public double viscosity() {
        return nu;
    }

    @Override
    public void linearSymbol(double[] out) {
        double[] k = basis.wavenumbers();
        for (int j = 0; j < k.length; j++) {
            out[2 * j] = -nu * k[j] * k[j];
            out[2 * j + 1] = 0.0;
        }
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        flux.apply(state, out);
    }
}
