package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * A wide Gaussian with complex white noise, the NLSE reference's "modulation instability" case:
 * {@code psi0 = A exp(-(x - xc)^2 / (2 w^2)) + eps (xi_r + i xi_i)}, with xi iid standard normals drawn as numpy's
 * legacy {@code RandomState(seed).standard_normal}: all real parts first, then all imaginary parts. The draws
 * reproduce numpy's bit for bit (see {@link LegacyNormalGenerator}).
 */
public record NoisyGaussian(double amplitude, double width, double centre, double noise, long seed)
        implements InitialCondition {
    @Override
    public boolean complexField() {
        return true;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        int n = grid.size();
        LegacyNormalGenerator rng = new LegacyNormalGenerator(seed);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int j = 0; j < n; j++) {
            re[j] = rng.nextGaussian();
        }
        for (int j = 0; j < n; j++) {
            im[j] = rng.nextGaussian();
        }
        for (int j = 0; j < n; j++) {
            double x = grid.x(j) - centre;
            field[2 * j] = amplitude * Math.exp(-x * x / (2 * width * width)) + noise * re[j];
            field[2 * j + 1] = noise * im[j];
        }
    }
}
