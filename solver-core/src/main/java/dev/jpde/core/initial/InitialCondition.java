package dev.jpde.core.initial;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * A field at a given time: initial data, and for some cases the exact solution at any time.
 *
 * <p>Complex fields are written interleaved ({@code 2n} doubles), real fields as {@code n} doubles.
 */
public interface InitialCondition {
    /** True for complex fields (NLSE), false for real ones. */
    boolean complexField();

    /** Writes the field at time t on the grid into {@code field}. */
    void evaluate(PeriodicGrid1D grid, double t, double[] field);

    /** True when {@link #evaluate} is the exact solution of the intended equation at every t. */
    default boolean isExact() {
        return false;
    }
}
