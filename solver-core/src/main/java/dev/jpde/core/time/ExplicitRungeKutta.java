package dev.jpde.core.time;

import dev.jpde.core.equation.SemilinearPde;

/**
 * A fixed-step explicit Runge-Kutta method given by its {@link ButcherTableau}, applied to the full right-hand
 * side {@code L u + N(u)}. Explicit: the step must resolve the stiffest linear mode.
 */
public final class ExplicitRungeKutta extends FixedStepIntegrator {
    private final ButcherTableau tableau;
    private Rhs rhs;
    private double[][] k;
    private double[] stage;

    public ExplicitRungeKutta(ButcherTableau tableau, double dt) {
        super(dt);
        this.tableau = tableau;
    }

    /** Classical RK4 with step dt. */
    public static ExplicitRungeKutta rk4(double dt) {
        return new ExplicitRungeKutta(ButcherTableau.rk4(), dt);
    }

    @Override
    public String name() {
        return tableau.name();
    }

    public ButcherTableau tableau() {
        return tableau;
    }

    @Override
    protected void prepare(SemilinearPde pde, double h) {
        if (rhs == null || rhs.pde != pde) {
            rhs = new Rhs(pde);
            int len = 2 * pde.stateSize();
            k = new double[tableau.stages()][len];
            stage = new double[len];
        }
    }

    @Override
    protected int step(SemilinearPde pde, double t, double[] y, double h) {
        int s = tableau.stages();
        int len = stage.length;
        double[][] a = tableau.a();
        for (int i = 0; i < s; i++) {
            System.arraycopy(y, 0, stage, 0, len);
            for (int j = 0; j < i; j++) {
                double aij = a[i][j] * h;
                if (aij != 0) {
                    double[] kj = k[j];
                    for (int q = 0; q < len; q++) {
                        stage[q] += aij * kj[q];
                    }
                }
            }
            rhs.eval(t + tableau.c()[i] * h, stage, k[i]);
        }
        double[] b = tableau.b();
        for (int i = 0; i < s; i++) {
            double bi = b[i] * h;
            double[] ki = k[i];
            for (int q = 0; q < len; q++) {
                y[q] += bi * ki[q];
            }
        }
        return s;
    }
}
