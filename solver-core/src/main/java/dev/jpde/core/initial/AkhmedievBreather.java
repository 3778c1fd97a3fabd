package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The Akhmediev breather of {@code i psi_t + psi_xx/2 + |psi|^2 psi = 0}, {@code 0 < a < 1/2}:
 *
 * <pre>
 *   psi = e^{it} [(1 - 4a) cosh(bt) + sqrt(2a) cos(Omega x) + i b sinh(bt)] / [sqrt(2a) cos(Omega x) - cosh(bt)],
 *   Omega = 2 sqrt(1 - 2a),  b = sqrt(8a(1 - 2a)).
 * </pre>
 *
 * Periodic with period {@code 2 pi / Omega}; |psi| -> 1 as t -> +-inf and peaks at {@code 1 + 2 sqrt(2a)} at x = t = 0.
 */
public record AkhmedievBreather(double a) implements InitialCondition {
    public AkhmedievBreather {
        if (!(a > 0 && a < 0.5)) {
            throw new IllegalArgumentException("Akhmediev parameter a must be in (0, 1/2), got " + a);
        }
    }

    public double omega() {
        return 2 * Math.sqrt(1 - 2 * a);
    }

    /** The spatial period {@code 2 pi / Omega}, the box length to use. */
    public double period() {
        return 2 * Math.PI / omega();
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
        double om = omega();
        double b = Math.sqrt(8 * a * (1 - 2 * a));
        double s2a = Math.sqrt(2 * a);
        double ch = Math.cosh(b * t);
        double sh = Math.sinh(b * t);
        double c = Math.cos(t);
        double s = Math.sin(t);
        for (int j = 0; j < grid.size(); j++) {
            double cx = s2a * Math.cos(om * grid.x(j));
            double den = cx - ch;
            double nr = ((1 - 4 * a) * ch + cx) / den;
            double ni = b * sh / den;
            field[2 * j] = c * nr - s * ni;
            field[2 * j + 1] = c * ni + s * nr;
        }
    }
}
