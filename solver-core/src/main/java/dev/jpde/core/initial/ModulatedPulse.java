package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The NLSE reference's mislabelled "breather": {@code psi0 = sqrt(2) A sech(A x) e^{i nu x} (1 + m cos(2 nu x))}, a
 * modulated pulse on zero background with no closed-form evolution (spec nlse.md 4.3).
 */
public record ModulatedPulse(double amplitude, double wavenumber, double modulation) implements InitialCondition {
    @Override
    public boolean complexField() {
        return true;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        for (int j = 0; j < grid.size(); j++) {
            double x = grid.x(j);
            double env = Math.sqrt(2) * amplitude / Math.cosh(amplitude * x) * (1 + modulation * Math.cos(2 * wavenumber * x));
            field[2 * j] = env * Math.cos(wavenumber * x);
            field[2 * j + 1] = env * Math.sin(wavenumber * x);
        }
    }
}
