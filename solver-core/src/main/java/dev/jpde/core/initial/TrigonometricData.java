package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * Smooth periodic data {@code u0 = offset + a cos(2 pi m x / L) (1 + b sin(2 pi q x / L))} on a grid of length L.
 * With a = 1, b = 1, m = q = 1 on L = 32 pi it is Kassam and Trefethen's Kuramoto-Sivashinsky start
 * {@code cos(x/16)(1 + sin(x/16))}.
 */
public record TrigonometricData(double offset, double a, double m, double b, double q) implements InitialCondition {
    @Override
    public boolean complexField() {
        return false;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        double w = 2 * Math.PI / grid.length();
        for (int j = 0; j < grid.size(); j++) {
            double x = grid.x(j) - grid.start();
            field[j] = offset + a * Math.cos(w * m * x) * (1 + b * Math.sin(w * q * x));
        }
    }
}
