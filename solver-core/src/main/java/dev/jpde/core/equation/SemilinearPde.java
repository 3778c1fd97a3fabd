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

    /** Number of complex coefficients in the state. */
    default int stateSize() {
        return basis().stateSize();
    }
}
