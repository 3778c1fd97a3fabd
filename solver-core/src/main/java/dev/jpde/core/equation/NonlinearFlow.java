package dev.jpde.core.equation;

/**
 * An equation whose nonlinear part {@code u_t = N(u)} can be solved exactly over a step, as split-step methods
 * need. For the NLSE the flow is the pointwise phase rotation {@code psi -> psi exp(i gamma |psi|^2 h)}.
 */
public interface NonlinearFlow {
    /** Advances the state in place by the exact flow of the nonlinear part over time h. */
    void nonlinearFlow(double[] state, double h);
}
