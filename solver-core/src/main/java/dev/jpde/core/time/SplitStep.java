package dev.jpde.core.time;

import dev.jpde.core.equation.NonlinearFlow;
import dev.jpde.core.equation.SemilinearPde;

/**
 * Split-step Fourier for equations whose nonlinear part has an exact flow ({@link NonlinearFlow}, e.g. the NLSE).
 *
 * <p>Strang (order 2): {@code S(h) = e^{L h/2} Phi_N(h) e^{L h/2}}. Order 4: Yoshida's triple-jump composition
 * {@code S(w1 h) S(w0 h) S(w1 h)}, {@code w1 = 1/(2 - 2^{1/3})}, {@code w0 = -2^{1/3}/(2 - 2^{1/3})}; adjacent
 * linear half-steps are merged. Each substep is unitary when L is imaginary, so the discrete mass is preserved to
 * rounding. A filter in the equation acts through L only: the nonlinear flow is unfiltered.
 */
public final class SplitStep extends FixedStepIntegrator {
    private static final double CBRT2 = Math.cbrt(2.0);
    private static final double W1 = 1 / (2 - CBRT2);
    private static final double W0 = -CBRT2 / (2 - CBRT2);

    private final int order;
    private double[] lin;
    private double[][] exps;
    private double[] nonlinearFractions;

    /** @param order 2 (Strang) or 4 (Yoshida) */
    public SplitStep(int order, double dt) {
        super(dt);
        if (order != 2 && order != 4) {
            throw new IllegalArgumentException("split-step order must be 2 or 4, got " + order);
        }
        this.order = order;
    }

    @Override
    public String name() {
        return order == 2 ? "strang" : "split-step4";
    }

    public int order() {
        return order;
    }

    @Override
    protected void prepare(SemilinearPde pde, double h) {
        if (!(pde instanceof NonlinearFlow)) {
            throw new IllegalArgumentException("split-step needs an equation with an exact nonlinear flow (e.g. nlse), got "
                    + pde.getClass().getSimpleName());
        }
        int n = pde.stateSize();
        lin = new double[2 * n];
        pde.linearSymbol(lin);
        double[] linearFractions;
        if (order == 2) {
            linearFractions = new double[] {0.5, 0.5};
            nonlinearFractions = new double[] {1.0};
        } else {
            linearFractions = new double[] {W1 / 2, (W1 + W0) / 2, (W0 + W1) / 2, W1 / 2};
            nonlinearFractions = new double[] {W1, W0, W1};
        }
        exps = new double[linearFractions.length][2 * n];
        for (int s = 0; s < linearFractions.length; s++) {
            double tau = linearFractions[s] * h;
            for (int j = 0; j < n; j++) {
                double ex = Math.exp(lin[2 * j] * tau);
                exps[s][2 * j] = ex * Math.cos(lin[2 * j + 1] * tau);
                exps[s][2 * j + 1] = ex * Math.sin(lin[2 * j + 1] * tau);
            }
        }
    }

    @Override
    protected int step(SemilinearPde pde, double t, double[] u, double h) {
        NonlinearFlow flow = (NonlinearFlow) pde;
        int n = pde.stateSize();
        for (int s = 0; s < nonlinearFractions.length; s++) {
            dev.jpde.core.spectral.ComplexArrays.multiply(exps[s], u, u, n);
            flow.nonlinearFlow(u, nonlinearFractions[s] * h);
        }
        dev.jpde.core.spectral.ComplexArrays.multiply(exps[nonlinearFractions.length], u, u, n);
        return nonlinearFractions.length;
    }
}
