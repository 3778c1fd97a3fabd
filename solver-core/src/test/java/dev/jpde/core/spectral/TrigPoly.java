package dev.jpde.core.spectral;

import java.util.Map;
import java.util.TreeMap;

/**
 * A real trigonometric polynomial {@code p(x) = sum_k c_k e^{ikx}} on [0, 2 pi) with {@code c_{-k} = conj(c_k)}, held
 * by its exact coefficients so that products can be formed exactly (by convolution) and compared with what the
 * pseudo-spectral code computes.
 */
final class TrigPoly {
    /** k >= 0 -> {re, im} of c_k. */
    private final TreeMap<Integer, double[]> coefficients = new TreeMap<>();

    /** Adds {@code a cos(kx) + b sin(kx)}, i.e. {@code c_k += (a - i b)/2} (for k = 0: {@code c_0 += a}). */
    TrigPoly add(int k, double a, double b) {
        double[] c = coefficients.computeIfAbsent(k, key -> new double[2]);
        if (k == 0) {
            c[0] += a;
        } else {
            c[0] += a / 2;
            c[1] -= b / 2;
        }
        return this;
    }

    /** {@code c_k} for any integer k. */
    double[] coefficient(int k) {
        double[] c = coefficients.get(Math.abs(k));
        if (c == null) {
            return new double[2];
        }
        return k >= 0 ? c.clone() : new double[] {c[0], -c[1]};
    }

    int degree() {
        return coefficients.isEmpty() ? 0 : coefficients.lastKey();
    }

    double value(double x) {
        double s = 0;
        for (Map.Entry<Integer, double[]> e : coefficients.entrySet()) {
            int k = e.getKey();
            double[] c = e.getValue();
            // c_k e^{ikx} + c_{-k} e^{-ikx} = 2 Re(c_k e^{ikx})
            double re = c[0] * Math.cos(k * x) - c[1] * Math.sin(k * x);
            s += k == 0 ? re : 2 * re;
        }
        return s;
    }

    /** Samples at {@code x_j = 2 pi j / n}. */
    double[] sample(int n) {
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            u[j] = value(2 * Math.PI * j / n);
        }
        return u;
    }

    /** The exact product, by convolution of the coefficients. */
    TrigPoly times(TrigPoly other) {
        TrigPoly p = new TrigPoly();
        int d = degree() + other.degree();
        for (int k = 0; k <= d; k++) {
            double re = 0;
            double im = 0;
            for (int q = -degree(); q <= degree(); q++) {
                double[] a = coefficient(q);
                double[] b = other.coefficient(k - q);
                re += a[0] * b[0] - a[1] * b[1];
                im += a[0] * b[1] + a[1] * b[0];
            }
            if (re != 0 || im != 0) {
                p.coefficients.put(k, new double[] {re, im});
            }
        }
        return p;
    }

    /** Sum of |c_k| over all k (both signs): a bound on max |p|. */
    double l1() {
        double s = 0;
        for (Map.Entry<Integer, double[]> e : coefficients.entrySet()) {
            double m = Math.hypot(e.getValue()[0], e.getValue()[1]);
            s += e.getKey() == 0 ? m : 2 * m;
        }
        return s;
    }

    /**
     * The rfft of p on n points in numpy normalisation, keeping only modes {@code |k| < n/2} (the rest dropped, not
     * aliased): bin k holds {@code n c_k}, the Nyquist bin 0.
     */
    double[] truncatedHalfSpectrum(int n) {
        double[] s = new double[2 * (n / 2 + 1)];
        for (int k = 0; k < (n + 1) / 2; k++) {
            double[] c = coefficient(k);
            s[2 * k] = n * c[0];
            s[2 * k + 1] = n * c[1];
        }
        return s;
    }
}
