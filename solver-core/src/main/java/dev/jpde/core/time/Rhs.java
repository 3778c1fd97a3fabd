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
        pde.rhs(t, u, lin, out);
        evaluations++;
    }
}
