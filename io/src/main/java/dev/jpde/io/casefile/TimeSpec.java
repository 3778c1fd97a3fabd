package dev.jpde.io.casefile;

import dev.jpde.core.spi.IntegratorProvider;

/**
 * The time interval {@code [start, end]} and the integrator that crosses it.
 *
 * @param start      initial time
 * @param end        final time, > start
 * @param integrator the integrator and its parameters (tolerances or a step size)
 */
public record TimeSpec(double start, double end, ComponentChoice<IntegratorProvider> integrator) {

    /**
     * Output times {@code t_i = start + i (end - start) / (count - 1)}, {@code i = 0..count-1}, as numpy's
     * {@code linspace(start, end, count)} computes them, with the last one set to exactly {@code end}.
     * A single output ({@code count == 1}) is at {@code end}: the final state.
     *
     * @param count number of outputs, >= 1
     * @return a new array of {@code count} increasing times
     */
    public double[] outputTimes(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("output count must be >= 1, got " + count);
        }
        double[] t = new double[count];
        if (count == 1) {
            t[0] = end;
            return t;
        }
        double step = (end - start) / (count - 1);
        for (int i = 0; i < count - 1; i++) {
            t[i] = start + i * step;
        }
        t[count - 1] = end;
        return t;
    }
}
