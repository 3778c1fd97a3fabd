package dev.jpde.core.time;

import dev.jpde.core.equation.SemilinearPde;

/**
 * Advances {@code d(u_hat)/dt = L u_hat + N(t, u_hat)} through a list of output times.
 */
public interface TimeIntegrator {
    /** The name a case file uses for this integrator. */
    String name();

    /**
     * Integrates from {@code t0} to the last output time.
     *
     * @param pde         the equation
     * @param t0          initial time
     * @param state       initial spectral state; overwritten with the state at the last output time
     * @param outputTimes ascending times {@code >= t0} at which {@link StepListener#output} is called
     * @param listener    observer of steps and outputs
     * @return the work done
     * @throws NonFiniteStateException if the solution becomes non-finite
     */
    IntegrationStats integrate(SemilinearPde pde, double t0, double[] state, double[] outputTimes, StepListener listener);

    /** Checks that output times are finite, ascending and not before t0. */
    static void checkOutputTimes(double t0, double[] outputTimes) {
        if (outputTimes.length == 0) {
            throw new IllegalArgumentException("at least one output time is needed");
        }
        double prev = t0;
        for (double t : outputTimes) {
            if (!Double.isFinite(t) || t < prev) {
                throw new IllegalArgumentException("output times must be finite, ascending and >= t0 = " + t0 + ", got " + t);
            }
            prev = t;
        }
    }
}
