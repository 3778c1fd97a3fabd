package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;
import java.util.List;

/**
 * A superposition of NLSE solitons, e.g. two that collide. Not an exact solution (the true two-soliton solution
 * differs during the collision); the collision shifts each soliton by {@code (1/A_j) ln R} (spec nlse.md 4.2).
 */
public record SolitonSum(List<NlseSoliton> solitons) implements InitialCondition {
    public SolitonSum {
        solitons = List.copyOf(solitons);
    }

    @Override
    public boolean complexField() {
        return true;
    }

    @Override
    public void evaluate(PeriodicGrid1D grid, double t, double[] field) {
        java.util.Arrays.fill(field, 0, 2 * grid.size(), 0.0);
        for (NlseSoliton s : solitons) {
            s.add(grid, t, field);
        }
    }
}
