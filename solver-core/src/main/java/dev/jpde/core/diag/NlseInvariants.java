package dev.jpde.core.diag;

import dev.jpde.core.equation.Nlse;
import dev.jpde.core.fft.ComplexFft;
import dev.jpde.core.fft.Fft;

/**
 * Conserved quantities of {@code i psi_t + beta psi_xx + gamma |psi|^2 psi = 0} from the Fourier state
 * {@code psi_hat} (numpy normalisation, n points, spacing dx), by Parseval:
 *
 * <pre>
 *   M   = int |psi|^2 dx                  = (dx/n) sum |psi_hat_k|^2
 *   P   = int Im(psi* psi_x) dx           = (dx/n) sum k |psi_hat_k|^2
 *   H   = int beta |psi_x|^2 - (gamma/2) |psi|^4 dx
 *       = (dx/n) sum beta k^2 |psi_hat_k|^2 - (gamma/2) dx sum_j |psi_j|^4
 *   H_s = (dx/n) sum sigma_k beta k^2 |psi_hat_k|^2 - (gamma/2) dx sum_j |phi_j|^4,  phi = IFFT(sigma psi_hat)
 * </pre>
 *
 * {@code H_s} is the Hamiltonian the filtered semi-discrete system conserves exactly: with the filter on both
 * terms, {@code d psi_hat/dt = i sigma (-beta k^2 psi_hat + gamma FFT(|phi|^2 phi))} is Hamiltonian in
 * {@code psi_hat} with H_s as its energy (spec nlse.md section 2). Without a filter H_s equals H.
 * For beta = 1/2, gamma = 1 the soliton {@code A sech(A x) e^{ivx}} has M = 2A, P = 2Av, H = A v^2 - A^3/3.
 */
public final class NlseInvariants {
    private final int n;
    private final double dx;
    private final double beta;
    private final double gamma;
    private final double[] k;
    private final double[] sigma;
    private final ComplexFft fft;
    private final double[] work;

    public NlseInvariants(Nlse nlse) {
        this.n = nlse.basis().grid().size();
        this.dx = nlse.basis().grid().dx();
        this.beta = nlse.dispersion();
        this.gamma = nlse.nonlinearity();
        this.k = nlse.basis().grid().wavenumbers();
        this.sigma = nlse.filterSymbol();
        this.fft = Fft.jtransforms().complex(n);
        this.work = new double[2 * n];
    }

    public double mass(double[] state) {
        double s = 0;
        for (int j = 0; j < 2 * n; j++) {
            s += state[j] * state[j];
        }
        return dx / n * s;
    }

    public double momentum(double[] state) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += k[j] * (state[2 * j] * state[2 * j] + state[2 * j + 1] * state[2 * j + 1]);
        }
        return dx / n * s;
    }

    public double hamiltonian(double[] state) {
        return energy(state, false);
    }

    public double hamiltonianFiltered(double[] state) {
        return energy(state, true);
    }

    private double energy(double[] state, boolean filtered) {
        double kinetic = 0;
        for (int j = 0; j < n; j++) {
            double a = state[2 * j] * state[2 * j] + state[2 * j + 1] * state[2 * j + 1];
            kinetic += (filtered ? sigma[j] : 1.0) * beta * k[j] * k[j] * a;
            double s = filtered ? sigma[j] : 1.0;
            work[2 * j] = s * state[2 * j];
            work[2 * j + 1] = s * state[2 * j + 1];
        }
        fft.inverse(work);
        double quartic = 0;
        for (int j = 0; j < n; j++) {
            double a = work[2 * j] * work[2 * j] + work[2 * j + 1] * work[2 * j + 1];
            quartic += a * a;
        }
        return dx / n * kinetic - 0.5 * gamma * dx * quartic;
    }
}
