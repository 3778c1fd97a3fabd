package dev.jpde.io.hdf5;

import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Run attributes that are only known as the run goes on. {@link FileSetWriter} queries them
 * each time it closes a set, so every set records the state at its own end.
 *
 * <p>Implementations are called on the thread that calls {@link FileSetWriter#write} or
 * {@link FileSetWriter#close}.
 */
public interface RunProgress {

    /** Wall-clock seconds spent in the solver so far ({@code solver_wall_seconds}, float64). */
    double solverWallSeconds();

    /** Right-hand-side evaluations so far ({@code rhs_evaluations}, int64). */
    long rhsEvaluations();

    /**
     * Further root attributes to write into the set being closed (for example {@code dt_min}).
     * Names must not repeat the ones the writer sets; the value types are those of
     * {@link GroupWriter}. The default is none.
     */
    default Map<String, ?> extraAttributes() {
        return Map.of();
    }

    /** Progress read from two live counters, without extra attributes. */
    static RunProgress of(DoubleSupplier solverWallSeconds, LongSupplier rhsEvaluations) {
        return new RunProgress() {
            @Override
            public double solverWallSeconds() {
                return solverWallSeconds.getAsDouble();
            }

            @Override
            public long rhsEvaluations() {
                return rhsEvaluations.getAsLong();
            }
        };
    }
}
