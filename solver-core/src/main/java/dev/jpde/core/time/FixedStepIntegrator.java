package dev.jpde.core.time;

import dev.jpde.core.equation.SemilinearPde;
import dev.jpde.core.spectral.ComplexArrays;

/**
 * The shared driver of fixed-step methods: each interval between output times is split into
 * {@code m = ceil(interval / dt)} equal steps, so outputs land exactly and the step never exceeds dt.
 * Subclasses implement one step and say how to prepare for a step size (coefficients are cached per size).
 */
public abstract class FixedStepIntegrator implements TimeIntegrator {
    private final double dt;

    protected FixedStepIntegrator(double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step dt must be finite and > 0, got " + dt);
        }
        this.dt = dt;
    }

    /** The largest step. */
    public double dt() {
        return dt;
    }

    /** Called before stepping with a new equation or step size h; may compute coefficients. */
    protected abstract void prepare(SemilinearPde pde, double h);

    /** Advances {@code state} in place from t to t + h; returns the number of nonlinear-term evaluations used. */
    protected abstract int step(SemilinearPde pde, double t, double[] state, double h);

    @Override
    public IntegrationStats integrate(SemilinearPde pde, double t0, double[] state, double[] outputTimes,
                                      StepListener listener) {
        TimeIntegrator.checkOutputTimes(t0, outputTimes);
        int len = 2 * pde.stateSize();
        double t = t0;
        long steps = 0;
        long evaluations = 0;
        double preparedH = Double.NaN;
        for (int i = 0; i < outputTimes.length; i++) {
            double target = outputTimes[i];
            double interval = target - t;
            if (interval > 0) {
                long m = (long) Math.ceil(interval / dt * (1 - 1e-12));
                m = Math.max(m, 1);
                double h = interval / m;
                // successive intervals of a uniform output grid differ only by rounding; the coefficients of the
                // first are then reused (a relative step mismatch below 1e-12 changes nothing measurable)
                if (!(Math.abs(h - preparedH) <= 1e-12 * h)) {
                    prepare(pde, h);
                    preparedH = h;
                }
                double start = t;
                for (long s = 1; s <= m; s++) {
                    evaluations += step(pde, t, state, h);
                    steps++;
                    t = s == m ? target : start + s * h;
                    if (!ComplexArrays.allFinite(state, len)) {
                        throw new NonFiniteStateException(t, steps);
                    }
                    listener.stepTaken(steps, t, h, evaluations);
                }
            }
            listener.output(i, target, state);
        }
        return new IntegrationStats(steps, 0, evaluations, t);
    }
}
