package dev.jpde.core.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code d^m u/dx^m = IFFT((ik)^m FFT u)} is exact for trigonometric polynomials of degree below n/2 and converges
 * faster than any power of 1/n for smooth periodic functions.
 */
class SpectralDerivativeTest {
    private static final Fft FFT = Fft.jtransforms();
    private static final double EPS = 0x1p-53;

    /** The m-th derivative of sin (or cos) at theta. */
    private static double dTrig(double theta, int m, boolean sine) {
        return switch ((m + (sine ? 0 : 1)) % 4) {
            case 0 -> Math.sin(theta);
            case 1 -> Math.cos(theta);
            case 2 -> -Math.sin(theta);
            default -> -Math.cos(theta);
        };
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void exactForATrigonometricPolynomial(int m) {
        int n = 32;
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, n);
        double[] x = grid.points();
        double[] u = new double[n];
        double[] exact = new double[n];
        for (int j = 0; j < n; j++) {
            u[j] = Math.sin(3 * x[j]) + Math.cos(5 * x[j]);
            exact[j] = Math.pow(3, m) * dTrig(3 * x[j], m, true) + Math.pow(5, m) * dTrig(5 * x[j], m, false);
        }
        double[] du = new double[n];
        new SpectralDerivative(grid, m, FFT).apply(u, du);
        double err = 0;
        for (int j = 0; j < n; j++) {
            err = Math.max(err, Math.abs(du[j] - exact[j]));
        }
        // Rounding of relative size ~u log2(n) in the coefficients is amplified by up to (n/2)^m in the top bins,
        // while the exact derivative has size >= 5^m: the relative error is of order u log2(n) (n/10)^m
        // (measured: 2.4e-15, 9.5e-15, 2.3e-14, 9.7e-14 for m = 1..4). A wrong symbol errs by O(1).
        double tol = 32 * EPS * Math.log(n) / Math.log(2) * Math.pow(n / 10.0, m);
        double rel = err / maxAbs(exact);
        assertTrue(rel <= tol, () -> "order " + m + ": relative error " + rel + " > " + tol);
    }

    @Test
    void exponentialConvergenceForASmoothPeriodicFunction() {
        // u = exp(sin x): its Fourier coefficients are modified Bessel values I_k(1) ~ 2^-k / k!, so the error of a
        // spectral derivative on n points falls super-geometrically until rounding (measured max errors:
        // 4.3e-3, 1.8e-7, 9.6e-13, 4.2e-15 for n = 8, 16, 24, 32).
        int[] sizes = {8, 16, 24, 32};
        double[] errors = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            int n = sizes[i];
            PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, n);
            double[] x = grid.points();
            double[] u = new double[n];
            for (int j = 0; j < n; j++) {
                u[j] = Math.exp(Math.sin(x[j]));
            }
            double[] du = new double[n];
            new SpectralDerivative(grid, 1, FFT).apply(u, du);
            double err = 0;
            for (int j = 0; j < n; j++) {
                err = Math.max(err, Math.abs(du[j] - Math.cos(x[j]) * Math.exp(Math.sin(x[j]))));
            }
            errors[i] = err;
        }
        // n = 8 is genuinely under-resolved, so the test is not trivially satisfied.
        assertTrue(errors[0] > 1e-3, "n=8 error " + errors[0]);
        // Each 8 extra points buy at least three digits while above rounding; an algebraic method of order p
        // would gain only (1 + 8/n)^p, i.e. a factor 2^p from 8 to 16.
        assertTrue(errors[1] < 1e-3 * errors[0], "8 -> 16: " + errors[0] + " -> " + errors[1]);
        assertTrue(errors[2] < 1e-3 * errors[1], "16 -> 24: " + errors[1] + " -> " + errors[2]);
        assertTrue(errors[3] <= errors[2], "24 -> 32: " + errors[2] + " -> " + errors[3]);
        assertTrue(errors[3] < 1e-12, "n=32 error " + errors[3]);
    }

    @Test
    void theNyquistModeFollowsTheRealFieldConvention() {
        // cos(n x / 2) samples to (-1)^j. Its wavenumber is +-n/2, ambiguous: odd derivatives give 0 (keeping the
        // derivative of a real field real), even ones give (i k_N)^m cos(n x / 2).
        int n = 16;
        PeriodicGrid1D grid = PeriodicGrid1D.fromZero(2 * Math.PI, n);
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            u[j] = j % 2 == 0 ? 1 : -1;
        }
        for (int m = 1; m <= 4; m++) {
            double[] du = new double[n];
            new SpectralDerivative(grid, m, FFT).apply(u, du);
            double amplitude = m % 2 == 1 ? 0.0 : Math.pow(-1, m / 2) * Math.pow(n / 2.0, m);
            for (int j = 0; j < n; j++) {
                assertEquals(amplitude * u[j], du[j], 64 * EPS * Math.pow(n / 2.0, m), "order " + m + " at j=" + j);
            }
        }
    }

    @Test
    void scalesWithTheCellLength() {
        // On [0, L) the wavenumbers are 2 pi j / L: d/dx sin(2 pi x / L) = (2 pi / L) cos(2 pi x / L).
        double length = 7.3;
        int n = 24;
        PeriodicGrid1D grid = new PeriodicGrid1D(-1.1, length, n);
        double q = 2 * Math.PI * 3 / length;
        double[] x = grid.points();
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            u[j] = Math.sin(q * x[j]);
        }
        double[] du = u.clone();
        new SpectralDerivative(grid, 1, FFT).apply(du, du);
        for (int j = 0; j < n; j++) {
            assertEquals(q * Math.cos(q * x[j]), du[j], 64 * EPS * q, "j=" + j);
        }
    }
}
