package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The Cole-Hopf exact solution of {@code u_t + u u_x = nu u_xx} on {@code [0, 2 pi)}, from
 * {@code phi = a + e^{-nu t} cos x}, {@code u = -2 nu phi_x / phi}:
 *
 * <pre>
 *   u(x, t) = 2 nu e^{-nu t} sin x / (a + e^{-nu t} cos x),   a > 1.
 * </pre>
 *
 * Its Fourier coefficients decay like {@code e^{-|k| arccosh(a e^{nu t})}}, so a close to 1 is steep.
 */
public record ColeHopfBurgers(double viscosity, double offset) implements InitialCondition {
    public ColeHopfBurgers {
        if (!(offset > 1)) {
            throw new IllegalArgumentException("Cole-Hopf offset a must be > 1, got " + offset);
        }
        if (!(viscosity > 0)) {
            throw new IllegalArgumentException("viscosity must be > 0, got " + viscosity);
        }
    }

    @Override
    public boolean complexField() {
        return false;
    }

    @Override
    public boolean isExact() {
        return true;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        double decay = Math.exp(-viscosity * t);
        for (int j = 0; j < grid.size(); j++) {
            double x = grid.x(j);
            field[j] = 2 * viscosity * decay * Math.sin(x) / (offset + decay * Math.cos(x));
        }
    }
}
