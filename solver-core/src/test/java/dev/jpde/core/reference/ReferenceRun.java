package dev.jpde.core.reference;

import dev.jpde.core.diag.NlseInvariants;
import dev.jpde.core.equation.Nlse;
import dev.jpde.core.time.DormandPrince853;
import dev.jpde.core.time.IntegrationStats;
import dev.jpde.core.time.StepListener;
import dev.jpde.core.time.TimeIntegrator;

/** Runs a reference problem and records, at every output, the field, the error and the invariants. */
final class ReferenceRun implements StepListener {
    final NlseReferenceProblem problem;
    final Nlse nlse;
    final NlseInvariants invariants;
    final double[] times;
    final double[][] fields;
    final double[] mass;
    final double[] hamiltonianFiltered;
    double maxError;
    IntegrationStats stats;
    private final double[] exact;

    ReferenceRun(NlseReferenceProblem problem, boolean filtered) {
        this.problem = problem;
        this.nlse = problem.equation(filtered);
        this.invariants = new NlseInvariants(nlse);
        this.times = problem.outputTimes();
        this.fields = new double[times.length][];
        this.mass = new double[times.length];
        this.hamiltonianFiltered = new double[times.length];
        this.exact = new double[2 * problem.grid().size()];
    }

    static ReferenceRun dop853(NlseReferenceProblem problem, boolean filtered) {
        return new ReferenceRun(problem, filtered).run(new DormandPrince853(
                NlseReferenceProblem.RTOL, NlseReferenceProblem.ATOL, NlseReferenceProblem.MAX_STEP));
    }

    ReferenceRun run(TimeIntegrator integrator) {
        double[] state = nlse.basis().newState();
        nlse.basis().toSpectral(problem.initialField(), state);
        stats = integrator.integrate(nlse, problem.start(), state, times, this);
        return this;
    }

    @Override
    public void output(int index, double t, double[] state) {
        double[] psi = nlse.basis().newField();
        nlse.basis().toPhysical(state, psi);
        fields[index] = psi;
        mass[index] = invariants.mass(state);
        hamiltonianFiltered[index] = invariants.hamiltonianFiltered(state);
        if (problem.initial().isExact()) {
            problem.initial().evaluate(problem.grid(), t, exact);
            for (int j = 0; j < psi.length / 2; j++) {
                double e = Math.hypot(psi[2 * j] - exact[2 * j], psi[2 * j + 1] - exact[2 * j + 1]);
                maxError = Math.max(maxError, e);
            }
        }
    }

    static double drift(double[] q) {
        double d = 0;
        for (double v : q) {
            d = Math.max(d, Math.abs(v - q[0]) / Math.abs(q[0]));
        }
        return d;
    }
}
