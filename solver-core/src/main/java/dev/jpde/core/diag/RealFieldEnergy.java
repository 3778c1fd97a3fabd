package dev.jpde.core.diag;

/**
 * The energy {@code E = (1/2) int u^2 dx} of a real periodic field from its rfft half spectrum (n points, spacing
 * dx): {@code E = (dx / 2n) sum_k w_k |u_hat_k|^2} with weight 1 for k = 0 and the Nyquist bin, 2 otherwise.
 * For viscous Burgers {@code dE/dt = -nu int u_x^2 dx}.
 */
public final class RealFieldEnergy {
    private RealFieldEnergy() {
    }

    public static double energy(double[] halfSpectrum, int n, double dx) {
        int bins = n / 2 + 1;
        double s = 0;
        for (int j = 0; j < bins; j++) {
            double a = halfSpectrum[2 * j] * halfSpectrum[2 * j] + halfSpectrum[2 * j + 1] * halfSpectrum[2 * j + 1];
            boolean single = j == 0 || (n % 2 == 0 && j == n / 2);
            s += single ? a : 2 * a;
        }
        return 0.5 * dx / n * s;
    }
}
