package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The bright soliton of {@code i psi_t + beta psi_xx + gamma |psi|^2 psi = 0} (beta, gamma > 0):
 *
 * <pre>
 *   psi = A sech(kappa (x - x0 - 2 beta v t)) exp(i (v x + (gamma A^2/2 - beta v^2) t)),  kappa = A sqrt(gamma/(2 beta)).
 * </pre>
 *
 * For beta = 1/2, gamma = 1: {@code A sech(A(x - x0 - vt)) exp(i(vx + (A^2 - v^2)t/2))}. On a periodic box it is
 * exact up to the tails' overlap, {@code ~ A e^{-kappa L/2}}.
 */
public record NlseSoliton(double amplitude, double position, double velocity, double beta, double gamma)
        implements InitialCondition {
    public NlseSoliton {
        if (!(beta > 0) || !(gamma > 0)) {
            throw new IllegalArgumentException("a bright soliton needs dispersion > 0 and nonlinearity > 0 (focusing)");
        }
    }

    @Override
    public boolean complexField() {
        return true;
    }

    @Override
    public boolean isExact() {
        return true;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        java.util.Arrays.fill(field, 0, 2 * grid.size(), 0.0);
        add(grid, t, field);
    }

    /** Adds this soliton at time t to {@code field}. */
    public void add(PeriodicGrid1D grid, double t, double[] field) {
        double kappa = amplitude * Math.sqrt(gamma / (2 * beta));
        double omega = gamma * amplitude * amplitude / 2 - beta * velocity * velocity;
        double centre = position + 2 * beta * velocity * t;
        for (int j = 0; j < grid.size(); j++) {
            double x = grid.x(j);
            double env = amplitude / Math.cosh(kappa * (x - centre));
            double phase = velocity * x + omega * t;
            field[2 * j] += env * Math.cos(phase);
            field[2 * j + 1] += env * Math.sin(phase);
        }
    }
}
