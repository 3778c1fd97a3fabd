package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Finite-difference gradient checks. A derivative is estimated by the fourth-order central
 * difference {@code (-f(t+2h) + 8 f(t+h) - 8 f(t-h) + f(t-2h)) / (12 h)}, whose truncation error
 * is {@code O(h^4 f^(5))} and rounding error {@code O(eps |f| / h)}. With {@code h = 1e-3} on O(1)
 * quantities the first is ~1e-12 and the second ~1e-13 |f|, so the tolerance 1e-6 leaves three
 * orders of magnitude even for gradients a thousand times smaller than the function (measured on
 * the whole small FNO: ~2e-9). The error reported for a tensor is
 * {@code max_k |fd_k - g_k| / max_k |g_k|} (relative in the max norm).
 */
final class GradientCheck {

    static final double H = 1e-3;
    static final double TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    /** Estimates {@code d f / d values[k]} for every k by perturbing {@code values} in place. */
    static double[] numerical(double[] values, DoubleSupplier f) {
        double[] d = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            double t = values[k];
            values[k] = t + 2 * H;
            double f2 = f.getAsDouble();
            values[k] = t + H;
            double f1 = f.getAsDouble();
            values[k] = t - H;
            double m1 = f.getAsDouble();
            values[k] = t - 2 * H;
            double m2 = f.getAsDouble();
            values[k] = t;
            d[k] = (-f2 + 8 * f1 - 8 * m1 + m2) / (12 * H);
        }
        return d;
    }

    /** {@code max |numerical - analytic| / max |analytic|}; the analytic gradient must not vanish. */
    static double relativeError(double[] numerical, double[] analytic) {
        double diff = 0.0;
        double scale = 0.0;
        for (int k = 0; k < analytic.length; k++) {
            diff = Math.max(diff, Math.abs(numerical[k] - analytic[k]));
            scale = Math.max(scale, Math.abs(analytic[k]));
        }
        assertTrue(scale > 0.0, "analytic gradient is identically zero: nothing is checked");
        return diff / scale;
    }

    /** Checks {@code analytic} against finite differences of {@code f} with respect to {@code values}. */
    static double assertGradient(String what, double[] values, double[] analytic, DoubleSupplier f) {
        double err = relativeError(numerical(values, f), analytic);
        assertTrue(err <= TOLERANCE, what + ": relative gradient error " + err);
        return err;
    }

    /**
     * Checks a layer's backward pass against finite differences of {@code L = sum(c * forward(x))}
     * with random {@code x} and {@code c}: every parameter tensor and the input gradient. Returns
     * the largest relative error found.
     */
    static double assertLayerGradients(Layer layer, int batch, int points, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = random(rng, batch * layer.inChannels() * points, 1.5);
        double[] c = random(rng, batch * layer.outChannels() * points, 1.0);
        double[] y = new double[c.length];
        DoubleSupplier loss = () -> {
            layer.forward(x, y, batch, points);
            double s = 0.0;
            for (int k = 0; k < y.length; k++) {
                s += c[k] * y[k];
            }
            return s;
        };
        double[] gradX = new double[x.length];
        layer.parameters().forEach(Parameter::zeroGrad);
        layer.backward(x, c, gradX, batch, points);
        double worst = 0.0;
        for (Parameter p : layer.parameters()) {
            worst = Math.max(worst, assertGradient(layer.getClass().getSimpleName() + "." + p.name(), p.value(),
                    p.grad().clone(), loss));
        }
        return Math.max(worst, assertGradient(layer.getClass().getSimpleName() + " input", x, gradX, loss));
    }

    /** Independent draws uniform on {@code [-scale, scale)}. */
    static double[] random(SplittableRandom rng, int n, double scale) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = rng.nextDouble(-scale, scale);
        }
        return a;
    }
}
