package dev.jpde.core.equation;

import dev.jpde.core.fft.ComplexFft;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.spectral.SpectralFilter;

/**
 * The cubic nonlinear Schroedinger equation {@code i psi_t + beta psi_xx + gamma |psi|^2 psi = 0}
 * (gamma > 0 focusing, gamma < 0 defocusing), pseudo-spectral with a filter sigma on both terms:
 *
 * <pre>
 *   d psi_hat/dt = -i beta k^2 sigma psi_hat + i gamma sigma FFT(|phi|^2 phi),   phi = IFFT(sigma psi_hat).
 * </pre>
 *
 * With {@code beta = 1/2}, {@code gamma = 1} and the exponential filter this is exactly the NLSE reference solver.
 * The semi-discrete system conserves the mass {@code sum |psi_hat|^2} and the filter-consistent Hamiltonian
 * (see {@link dev.jpde.core.diag.NlseInvariants}). Without a filter the state is integrated unfiltered.
 */
public final class Nlse implements SemilinearPde, NonlinearFlow {
    private final ComplexFourierBasis1D basis;
    private final double beta;
    private final double gamma;
    private final SpectralFilter filter;
    private final double[] k;
    private final double[] sigma;
    private final double[] gammaSigma;
    private final double[] sigmaOverN;
    private final double[] work;
    private final ComplexFft fft;
    private final boolean filtered;

    public Nlse(PeriodicGrid1D grid, double beta, double gamma, SpectralFilter filter) {
        this(grid, beta, gamma, filter, Fft.jtransforms());
    }

    public Nlse(PeriodicGrid1D grid, double beta, double gamma, SpectralFilter filter, Fft backend) {
        if (!Double.isFinite(beta) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("NLSE coefficients must be finite");
        }
        this.basis = new ComplexFourierBasis1D(grid, backend);
        this.fft = basis.fft();
        this.beta = beta;
        this.gamma = gamma;
        this.filter = filter;
        this.filtered = !filter.isIdentity();
        this.k = grid.wavenumbers();
        this.sigma = filter.symbol(k);
        this.gammaSigma = new double[k.length];
        this.sigmaOverN = new double[k.length];
        for (int j = 0; j < k.length; j++) {
            gammaSigma[j] = gamma * sigma[j];
            sigmaOverN[j] = sigma[j] / k.length;
        }
        this.work = new double[2 * k.length];
    }

    @Override
    public ComplexFourierBasis1D basis() {
        return basis;
    }

    public double dispersion() {
        return beta;
    }

    public double nonlinearity() {
        return gamma;
    }

    public SpectralFilter filter() {
        return filter;
    }

    /** The filter values {@code sigma(k_j)}, a new array. */
    public double[] filterSymbol() {
        return sigma.clone();
    }

    @Override
    public void linearSymbol(double[] out) {
        for (int j = 0; j < k.length; j++) {
            out[2 * j] = 0.0;
            out[2 * j + 1] = -beta * k[j] * k[j] * sigma[j];
        }
    }

    @Override
    public void nonlinear(double t, double[] state, double[] out) {
        cubic(state);
        int n = k.length;
        double[] w = work;
        for (int j = 0; j < n; j++) {
            double g = gammaSigma[j];
            out[2 * j] = -g * w[2 * j + 1];
            out[2 * j + 1] = g * w[2 * j];
        }
    }

    /** {@code L psi_hat + N(psi_hat)} in one pass after the transforms ({@code L = -i beta k^2 sigma}). */
    @Override
    public void rhs(double t, double[] state, double[] linear, double[] out) {
        cubic(state);
        int n = k.length;
        double[] w = work;
        for (int j = 0; j < n; j++) {
            double g = gammaSigma[j];
            double li = linear[2 * j + 1];
            double lr = linear[2 * j];
            double ur = state[2 * j];
            double ui = state[2 * j + 1];
            out[2 * j] = -g * w[2 * j + 1] + lr * ur - li * ui;
            out[2 * j + 1] = g * w[2 * j] + lr * ui + li * ur;
        }
    }

    /** {@code work = FFT(|phi|^2 phi)}, {@code phi = IFFT(sigma psi_hat)}; the 1/n of the inverse is folded into sigma. */
    private void cubic(double[] state) {
        int n = k.length;
        double[] w = work;
        double[] s = filtered ? sigmaOverN : null;
        double inv = 1.0 / n;
        for (int j = 0; j < n; j++) {
            double f = s != null ? s[j] : inv;
            w[2 * j] = f * state[2 * j];
            w[2 * j + 1] = f * state[2 * j + 1];
        }
        fft.inverseUnscaled(w);
        for (int j = 0; j < n; j++) {
            double re = w[2 * j];
            double im = w[2 * j + 1];
            double a = re * re + im * im;
            w[2 * j] = a * re;
            w[2 * j + 1] = a * im;
        }
        fft.forward(w);
    }

    /**
     * Exact flow of {@code i psi_t + gamma |psi|^2 psi = 0} over h, unfiltered: the pointwise rotation
     * {@code psi -> psi exp(i gamma |psi|^2 h)}, which preserves |psi| and hence the mass.
     */
    @Override
    public void nonlinearFlow(double[] state, double h) {
        int n = k.length;
        fft.inverse(state);
        for (int j = 0; j < n; j++) {
            double re = state[2 * j];
            double im = state[2 * j + 1];
            double phase = gamma * (re * re + im * im) * h;
            double c = Math.cos(phase);
            double s = Math.sin(phase);
            state[2 * j] = re * c - im * s;
            state[2 * j + 1] = re * s + im * c;
        }
        fft.forward(state);
    }
}
