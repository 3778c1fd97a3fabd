package dev.jpde.core.run;

/** Receives a simulation's outputs and progress. Arrays are reused between calls: copy what you keep. */
public interface SimulationObserver {
    /** Before the first step. */
    default void started(Simulation simulation) {
    }

    /**
     * At each output time.
     *
     * @param index       output number, from 0
     * @param t           time
     * @param step        steps taken so far
     * @param field       physical field (interleaved complex for complex fields)
     * @param diagnostics values in the order of {@link Simulation#diagnosticNames()}
     */
    default void output(int index, double t, long step, double[] field, double[] diagnostics) {
    }

    /** After each accepted step. */
    default void step(long step, double t, double dt, long rhsEvaluations) {
    }
}
