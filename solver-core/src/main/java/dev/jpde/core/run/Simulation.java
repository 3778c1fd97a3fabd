package dev.jpde.core.run;

import dev.jpde.core.equation.SemilinearPde;
import dev.jpde.core.initial.InitialCondition;
import dev.jpde.core.time.IntegrationStats;
import dev.jpde.core.time.StepListener;
import dev.jpde.core.time.TimeIntegrator;
import java.util.Arrays;
import java.util.List;

/**
 * A grid, an equation, initial data and an integrator, run from {@code start} through the output times.
 *
 * <pre>{@code
 * var grid = PeriodicGrid1D.centered(50, 512);
 * var nlse = new Nlse(grid, 0.5, 1.0, ExponentialFilter.twoThirds(grid, 36, 36));
 * var sim = new Simulation(nlse, new NlseSoliton(2, -10, 1, 0.5, 1), new DormandPrince853(1e-9, 1e-11, 0.1),
 *         0.0, Simulation.linspace(0, 20, 100));
 * RunSummary s = sim.run(new SimulationObserver() { ... });
 * }</pre>
 */
public final class Simulation {
    private final SemilinearPde pde;
    private final InitialCondition initial;
    private final TimeIntegrator integrator;
    private final double start;
    private final double[] outputTimes;
    private final Diagnostics diagnostics;

    public Simulation(SemilinearPde pde, InitialCondition initial, TimeIntegrator integrator, double start,
                      double[] outputTimes) {
        if (initial.complexField() != pde.basis().complexField()) {
            throw new IllegalArgumentException("initial condition gives a " + (initial.complexField() ? "complex" : "real")
                    + " field but the equation evolves a " + (pde.basis().complexField() ? "complex" : "real") + " one");
        }
        TimeIntegrator.checkOutputTimes(start, outputTimes);
        this.pde = pde;
        this.initial = initial;
        this.integrator = integrator;
        this.start = start;
        this.outputTimes = outputTimes.clone();
        this.diagnostics = new Diagnostics(pde, initial.isExact());
    }

    /** {@code count} equispaced times from a to b inclusive (numpy {@code linspace}); the last is exactly b. */
    public static double[] linspace(double a, double b, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        if (count == 1) {
            return new double[] {b};
        }
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = a + (b - a) * i / (count - 1);
        }
        t[count - 1] = b;
        return t;
    }

    public SemilinearPde equation() {
        return pde;
    }

    public InitialCondition initialCondition() {
        return initial;
    }

    public TimeIntegrator integrator() {
        return integrator;
    }

    public double start() {
        return start;
    }

    public double[] outputTimes() {
        return outputTimes.clone();
    }

    public List<String> diagnosticNames() {
        return diagnostics.names();
    }

    /** Runs to the last output time. Throws {@link dev.jpde.core.time.NonFiniteStateException} on blow-up. */
    public RunSummary run(SimulationObserver observer) {
        var basis = pde.basis();
        double[] field = basis.newField();
        initial.evaluate(basis.grid(), start, field);
        double[] state = basis.newState();
        basis.toSpectral(field, state);
        double[] exact = initial.isExact() ? basis.newField() : null;
        int nd = diagnostics.names().size();
        double[] values = new double[nd];
        double[] first = new double[nd];
        double[] last = new double[nd];
        double[] drift = new double[nd];
        double[] maxError = {Double.NaN};
        long[] steps = {0};
        int errorIndex = initial.isExact() ? nd - 1 : -1;
        observer.started(this);
        long t0 = System.nanoTime();
        IntegrationStats stats = integrator.integrate(pde, start, state, outputTimes, new StepListener() {
            @Override
            public void stepTaken(long step, double t, double dt, long rhsEvaluations) {
                steps[0] = step;
                observer.step(step, t, dt, rhsEvaluations);
            }

            @Override
            public void output(int index, double t, double[] s) {
                basis.toPhysical(s, field);
                if (exact != null) {
                    initial.evaluate(basis.grid(), t, exact);
                }
                diagnostics.evaluate(s, field, exact, values);
                if (index == 0) {
                    System.arraycopy(values, 0, first, 0, nd);
                }
                System.arraycopy(values, 0, last, 0, nd);
                for (int i = 0; i < nd; i++) {
                    if (i == errorIndex) {
                        maxError[0] = Double.isNaN(maxError[0]) ? values[i] : Math.max(maxError[0], values[i]);
                        drift[i] = Double.NaN;
                    } else {
                        // relative drift; absolute where the initial value vanishes (e.g. the mean of zero-mean data)
                        double scale = Math.abs(first[i]) > 1e-12 ? Math.abs(first[i]) : 1.0;
                        double d = Math.abs(values[i] - first[i]) / scale;
                        drift[i] = Math.max(drift[i], d);
                    }
                }
                observer.output(index, t, steps[0], field, values);
            }
        });
        double seconds = (System.nanoTime() - t0) * 1e-9;
        return new RunSummary(stats, seconds, diagnostics.names(), first, Arrays.copyOf(last, nd), drift, maxError[0]);
    }
}
