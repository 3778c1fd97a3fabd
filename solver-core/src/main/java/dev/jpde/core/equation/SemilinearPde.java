package dev.jpde.core.equation;

/**
 * An evolution equation {@code d(u_hat)/dt = L u_hat + N(t, u_hat)} on Fourier coefficients, with L diagonal.
 *
 * <p>The integrator knows nothing else about the equation. {@link #nonlinear} owns dealiasing and filtering.
 * Implementations hold FFT workspace: one instance per thread.
 */
public interface SemilinearPde {
    /** The Fourier basis of the state. */
    SpectralBasis basis();

    /** Writes the diagonal linear symbol {@code L_k} (interleaved complex, length {@code 2*stateSize()}). */
    void linearSymbol(double[] out);

    /** Writes {@code N(t, u_hat)} into {@code out}; {@code state} is not modified; out must not alias state. */
    void nonlinear(double t, double[] state, double[] out);

    /**
     * Writes the full right-hand side {@code L u_hat + N(t, u_hat)} given the symbol L (as from {@link #linearSymbol}).
     * The default adds {@code L u_hat} to {@link #nonlinear}; an equation may fuse the two passes.
     */
    default void rhs(double t, double[] state, double[] linear, double[] out) {
        nonlinear(t, state, out);
        int n = stateSize();
        for (int j = 0; j < n; j++) {
            double lr = linear[2 * j];
            double li = linear[2 * j + 1];
            double ur = state[2 * j];
            double ui = state[2 * j + 1];
            out[2 * j] += lr * ur - li * ui;
            out[2 * j + 1] += lr * ui + li * ur;
        }
    }

    /** Number of complex coefficients in the state. */
    default int stateSize() {
        return basis().stateSize();
    }
}
