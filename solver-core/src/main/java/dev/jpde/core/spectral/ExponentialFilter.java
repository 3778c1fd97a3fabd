package dev.jpde.core.spectral;

import dev.jpde.core.grid.PeriodicGrid1D;

/**
 * The smooth exponential filter {@code sigma(k) = exp(-alpha (|k|/k_c)^p)}.
 *
 * <p>With {@code alpha = 36}, {@code p = 36} and {@code k_c = 2/3} of the Nyquist wavenumber it is the NLSE
 * reference solver's filter: {@code sigma(k_c) = e^-36}, a smooth version of the 2/3 rule.
 */
public final class ExponentialFilter implements SpectralFilter {
    private final double alpha;
    private final double order;
    private final double cutoff;

    /**
     * @param alpha  strength, > 0
     * @param order  exponent p, > 0
     * @param cutoff wavenumber k_c, > 0
     */
    public ExponentialFilter(double alpha, double order, double cutoff) {
        if (!(alpha > 0) || !(order > 0) || !(cutoff > 0)) {
            throw new IllegalArgumentException("exponential filter needs strength, order and cutoff > 0");
        }
        this.alpha = alpha;
        this.order = order;
        this.cutoff = cutoff;
    }

    /** The filter with {@code k_c = (2/3) * pi n / length} on the given grid. */
    public static ExponentialFilter twoThirds(PeriodicGrid1D grid, double alpha, double order) {
        return new ExponentialFilter(alpha, order, 2.0 / 3.0 * grid.nyquist());
    }

    @Override
    public double sigma(double k) {
        return Math.exp(-alpha * Math.pow(Math.abs(k) / cutoff, order));
    }

    public double cutoff() {
        return cutoff;
    }

    @Override
    public String toString() {
        return "exponential(alpha=" + alpha + ", p=" + order + ", kc=" + cutoff + ")";
    }
}
