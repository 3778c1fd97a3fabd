package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The soliton of {@code u_t + a u u_x + b u_xxx = 0}:
 * {@code u = (3c/a) sech^2( (1/2) sqrt(c/b) (x - x0 - c t) )}, c/b > 0. Exact on a periodic box up to its tails,
 * {@code ~ (12c/a) e^{-sqrt(c/b) L/2}}.
 */
public record KdvSoliton(double a, double b, double speed, double position) implements InitialCondition {
    public KdvSoliton {
        if (!(speed / b > 0) || a == 0) {
            throw new IllegalArgumentException("a KdV soliton needs speed/b > 0 and a != 0");
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
        double kappa = 0.5 * Math.sqrt(speed / b);
        double amp = 3 * speed / a;
        double len = grid.length();
        for (int j = 0; j < grid.size(); j++) {
            // nearest periodic image of the centre
            double xi = grid.x(j) - position - speed * t;
            xi -= len * Math.floor(xi / len + 0.5);
            double s = 1 / Math.cosh(kappa * xi);
            field[j] = amp * s * s;
        }
    }
}
