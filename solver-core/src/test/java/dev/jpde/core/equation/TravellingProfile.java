package dev.jpde.core.equation;

/**
 * A smooth, non-polynomial manufactured solution {@code u(x, t) = alpha(t) g(q (x - c t))} with
 * {@code g(theta) = exp(A cos theta)} and {@code alpha(t) = 1 + sin(2t)/2}, periodic on a cell of length 2 pi / q.
 * Its Fourier coefficients are modified Bessel values {@code I_j(A)} (those of {@code u^3}: {@code I_j(3A)}), so 64
 * points resolve it, and every product the equations form, to rounding.
 */
final class TravellingProfile {
    private final double amplitude;
    private final double q;
    private final double c;

    TravellingProfile(double amplitude, double q, double c) {
        this.amplitude = amplitude;
        this.q = q;
        this.c = c;
    }

    double q() {
        return q;
    }

    static double alpha(double t) {
        return 1 + 0.5 * Math.sin(2 * t);
    }

    static double alphaDot(double t) {
        return Math.cos(2 * t);
    }

    private double theta(double x, double t) {
        return q * (x - c * t);
    }

    /** The m-th derivative of g at theta, m = 0..4, from repeated differentiation of exp(A cos theta). */
    double g(double theta, int m) {
        double a = amplitude;
        double s = Math.sin(theta);
        double co = Math.cos(theta);
        double e = Math.exp(a * co);
        return switch (m) {
            case 0 -> e;
            case 1 -> -a * s * e;
            case 2 -> (-a * co + a * a * s * s) * e;
            case 3 -> (a * s + 3 * a * a * s * co - a * a * a * s * s * s) * e;
            case 4 -> (a * co + 3 * a * a * co * co - 4 * a * a * s * s - 6 * a * a * a * s * s * co
                    + a * a * a * a * s * s * s * s) * e;
            default -> throw new IllegalArgumentException("order " + m);
        };
    }

    double u(double x, double t) {
        return alpha(t) * g(theta(x, t), 0);
    }

    double ut(double x, double t) {
        double th = theta(x, t);
        return alphaDot(t) * g(th, 0) - alpha(t) * q * c * g(th, 1);
    }

    /** {@code d^m u / dx^m}. */
    double dx(double x, double t, int m) {
        return alpha(t) * Math.pow(q, m) * g(theta(x, t), m);
    }
}
