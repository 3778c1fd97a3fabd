package dev.jpde.core.time;

/**
 * Observes an integration: every accepted step and every requested output. Implementations must not modify the
 * state arrays they are given, and must copy them if they keep them.
 */
public interface StepListener {
    /** Called after each accepted step that ends at time t with step size dt. */
    default void stepTaken(long step, double t, double dt, long rhsEvaluations) {
    }

    /** Called at each requested output time with the spectral state at that time. */
    default void output(int index, double t, double[] state) {
    }

    /** A listener that ignores everything. */
    static StepListener none() {
        return new StepListener() {
        };
    }
}
