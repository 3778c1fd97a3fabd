package dev.jpde.core.time;

import dev.jpde.core.equation.SemilinearPde;

/** The full right-hand side {@code f(t, u) = L u + N(t, u)} of a semilinear equation, counting evaluations. */
final class Rhs {
    final SemilinearPde pde;
    final int n;
    final double[] lin;
    long evaluations;

    Rhs(SemilinearPde pde) {
        this.pde = pde;
        this.n = pde.stateSize();
        this.lin = new double[2 * n];
        pde.linearSymbol(lin);
    }

    void eval(double t, double[] u, double[] out) {
        pde.nonlinear(t, u, out);
        evaluations++;
        for (int j = 0; j < n; j++) {
            double lr = lin[2 * j];
            double li = lin[2 * j + 1];
            double ur = u[2 * j];
            double ui = u[2 * j + 1];
            out[2 * j] += lr * ur - li * ui;
            out[2 * j + 1] += lr * ui + li * ur;
        }
    }
}
