package dev.jpde.gp.kernel;

/** Shared test kernels: three components with distinct weights, length scales and frequencies. */
final class KernelFixtures {
    /** log-w, log-ls, freq blocks (Q = 3): p = 0.50, 1.11, 1.82; mu = 0.4, 1.3, 2.2 cycles per unit. */
    static final double[] PARAMS = {-0.3, 0.2, -1.1, -0.7, 0.1, 0.6, 0.4, 1.3, 2.2};

    /** Signed lags including r = 0 and tiny |r| (where the Matérn envelope's |r| must not leave a kink). */
    static final double[] LAGS = {0, 1e-12, -1e-12, 1e-7, -1e-7, 1e-4, -1e-4, 0.05, -0.3, 0.77, -1.6, 2.9};

    private KernelFixtures() {
    }

    static MixtureKernel1d kernel(KernelFamily family) {
        return new MixtureKernel1d(family, PARAMS);
    }

    /**
     * The natural magnitude of the order-th lag derivative: {@code sum_q w_q kappa_q^order}, with the component's
     * rate {@code kappa = omega + 3 sqrt(p) + sqrt(5) p} bounding how fast envelope and carrier vary. Used as the
     * floor of relative errors where the exact value happens to pass through zero.
     */
    static double scale(MixtureKernel1d k, int order) {
        double s = 0;
        for (int c = 0; c < k.components(); c++) {
            double p = k.inverseLengthScale(c);
            double omega = k.family().modulated() ? 2 * Math.PI * k.frequency(c) : 0;
            s += k.weight(c) * Math.pow(omega + 3 * Math.sqrt(p) + Math.sqrt(5) * p, order);
        }
        return s;
    }
}
