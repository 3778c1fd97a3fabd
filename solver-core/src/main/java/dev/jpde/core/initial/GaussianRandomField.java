package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * A periodic Gaussian random field {@code N(0, sigma^2 (-d^2/dx^2 + tau^2)^{-gamma})} on {@code [0, L)}, drawn as the
 * Karhunen-Loeve sum (spec fno.md section 2)
 *
 * <pre>
 *   u0(x) = sum_{k=1}^{n/2} sd_k (xi_k cos(2 pi k x / L) + eta_k sin(2 pi k x / L)),
 *   sd_k  = sqrt(2/L) sigma ((2 pi k / L)^2 + tau^2)^(-gamma/2),
 * </pre>
 *
 * with xi, eta iid standard normals from {@link LegacyNormalGenerator}(seed), drawn in the order xi_1, eta_1, xi_2, ...
 * The FNO Burgers measure is sigma = 25, tau = 5, gamma = 2.
 */
public record GaussianRandomField(double sigma, double tau, double gamma, long seed) implements InitialCondition {
    @Override
    public boolean complexField() {
        return false;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        int n = grid.size();
        double len = grid.length();
        LegacyNormalGenerator rng = new LegacyNormalGenerator(seed);
        java.util.Arrays.fill(field, 0, n, 0.0);
        for (int k = 1; k <= n / 2; k++) {
            double w = 2 * Math.PI * k / len;
            double sd = Math.sqrt(2 / len) * sigma * Math.pow(w * w + tau * tau, -gamma / 2);
            double xi = rng.nextGaussian();
            double eta = rng.nextGaussian();
            for (int j = 0; j < n; j++) {
                double phase = w * (grid.x(j) - grid.start());
                field[j] += sd * (xi * Math.cos(phase) + eta * Math.sin(phase));
            }
        }
    }
}
