package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpectralConv1dTest {

    /** Random weights of order one (not the tiny initialisation), so every mode matters. */
    private static SpectralConv1d layer(int in, int out, int modes, long seed) {
        SpectralConv1d k = new SpectralConv1d(in, out, modes);
        double[] r = k.weights().value();
        double[] random = GradientCheck.random(new SplittableRandom(seed), r.length, 1.0);
        System.arraycopy(random, 0, r, 0, r.length);
        return k;
    }

    /**
     * The definition written out as direct sums:
     * {@code y_j = (1/s) sum_{k<m} c_k Re(Y_k e^{2 pi i jk/s})}, {@code c_k = 1} for DC and
     * Nyquist, 2 otherwise; {@code Re} of the DC term is exactly irfft's discarding of Im Y_0.
     */
    private static double[] direct(SpectralConv1d layer, double[] x, int batch, int points) {
        int in = layer.inChannels();
        int out = layer.outChannels();
        int modes = layer.modes();
        int m = layer.keptModes(points);
        double[] r = layer.weights().value();
        double[] y = new double[batch * out * points];
        for (int b = 0; b < batch; b++) {
            double[][] xr = new double[in][m];
            double[][] xm = new double[in][m];
            for (int i = 0; i < in; i++) {
                for (int k = 0; k < m; k++) {
                    for (int j = 0; j < points; j++) {
                        double t = 2 * Math.PI * j * k / points;
                        xr[i][k] += x[(b * in + i) * points + j] * Math.cos(t);
                        xm[i][k] -= x[(b * in + i) * points + j] * Math.sin(t);
                    }
                }
            }
            for (int o = 0; o < out; o++) {
                for (int k = 0; k < m; k++) {
                    double yr = 0.0;
                    double ym = 0.0;
                    for (int i = 0; i < in; i++) {
                        int ri = ((i * out + o) * modes + k) * 2;
                        yr += xr[i][k] * r[ri] - xm[i][k] * r[ri + 1];
                        ym += xr[i][k] * r[ri + 1] + xm[i][k] * r[ri];
                    }
                    double c = (k == 0 || 2 * k == points) ? 1.0 : 2.0;
                    for (int j = 0; j < points; j++) {
                        double t = 2 * Math.PI * j * k / points;
                        y[(b * out + o) * points + j] += c / points * (yr * Math.cos(t) - ym * Math.sin(t));
                    }
                }
            }
        }
        return y;
    }

    @ParameterizedTest(name = "in {0}, out {1}, modes {2}, s {3}")
    @CsvSource({"4, 4, 3, 16", "3, 2, 4, 15", "2, 3, 5, 8", "2, 2, 7, 8", "2, 2, 1, 1", "2, 2, 2, 2"})
    void forwardMatchesDirectSums(int in, int out, int modes, int points) {
        SpectralConv1d k = layer(in, out, modes, 1);
        double[] x = GradientCheck.random(new SplittableRandom(2), 2 * in * points, 1.0);
        double[] y = new double[2 * out * points];
        k.forward(x, y, 2, points);
        assertArrayEquals(direct(k, x, 2, points), y, 1e-13);
    }

    /** Including the Nyquist bin (s = 8, modes 5), odd s, and more modes than the grid holds. */
    @ParameterizedTest(name = "in {0}, out {1}, modes {2}, s {3}")
    @CsvSource({"4, 4, 3, 16", "3, 2, 4, 15", "2, 3, 5, 8", "2, 2, 7, 8"})
    void gradientsMatchFiniteDifferences(int in, int out, int modes, int points) {
        GradientCheck.assertLayerGradients(layer(in, out, modes, 3), 2, points, 4);
    }

    /**
     * Weights whose only non-zero entries are Im R[., ., 0]: the product with the real DC
     * coefficient is purely imaginary and irfft discards it, so the output vanishes, and those
     * weights get exactly zero gradient (while Re R[., ., 0] does get one).
     */
    @Test
    void imaginaryPartOfTheDcModeIsDiscardedForwardAndBackward() {
        int in = 3;
        int out = 2;
        int modes = 3;
        int points = 16;
        SpectralConv1d k = new SpectralConv1d(in, out, modes);
        double[] r = k.weights().value();
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                r[((i * out + o) * modes) * 2 + 1] = 1.0 + i + 2 * o;
            }
        }
        double[] x = GradientCheck.random(new SplittableRandom(5), 2 * in * points, 1.0);
        for (int j = 0; j < x.length; j++) {
            x[j] += 3.0;
        }
        double[] y = new double[2 * out * points];
        k.forward(x, y, 2, points);
        for (double v : y) {
            assertEquals(0.0, v, 1e-15);
        }
        double[] g = GradientCheck.random(new SplittableRandom(6), y.length, 1.0);
        k.backward(x, g, null, 2, points);
        double[] gr = k.weights().grad();
        double dcReal = 0.0;
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                int at = ((i * out + o) * modes) * 2;
                assertEquals(0.0, gr[at + 1], 0.0, "gradient of Im R[" + i + "," + o + ",0]");
                dcReal = Math.max(dcReal, Math.abs(gr[at]));
            }
        }
        assertTrue(dcReal > 1.0, "Re R[., ., 0] has a gradient");
        // finite differences agree, on the weights and on the input (on which the output does not depend)
        double[] gradX = new double[x.length];
        k.weights().zeroGrad();
        k.backward(x, g, gradX, 2, points);
        DoubleSupplier loss = () -> {
            k.forward(x, y, 2, points);
            double sum = 0.0;
            for (int j = 0; j < y.length; j++) {
                sum += g[j] * y[j];
            }
            return sum;
        };
        GradientCheck.assertGradient("weights1", r, k.weights().grad().clone(), loss);
        assertArrayEquals(new double[x.length], gradX, 1e-15);
        assertArrayEquals(new double[x.length], GradientCheck.numerical(x, loss), 1e-10);
    }

    @Test
    void initialisationIsScaledUniformOnZeroOne() {
        SpectralConv1d k = new SpectralConv1d(64, 64, 16);
        assertArrayEquals(new int[] {64, 64, 16, 2}, k.weights().shape());
        assertTrue(k.weights().isComplex());
        assertEquals("weights1", k.weights().name());
        k.initialise(new SplittableRandom(8));
        double scale = 1.0 / 4096;
        double mean = 0.0;
        for (double v : k.weights().value()) {
            assertTrue(v >= 0.0 && v < scale);
            mean += v;
        }
        int n = k.weights().size();
        assertEquals(scale / 2, mean / n, 4 * scale / Math.sqrt(12.0 * n));
    }

    @Test
    void secondCallAllocatesNothing() {
        SpectralConv1d k = layer(4, 4, 3, 9);
        double[] x = GradientCheck.random(new SplittableRandom(10), 2 * 4 * 16, 1.0);
        double[] y = new double[x.length];
        double[] gx = new double[x.length];
        Runnable step = () -> {
            k.forward(x, y, 2, 16);
            k.backward(x, y, gx, 2, 16);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
    }
}
