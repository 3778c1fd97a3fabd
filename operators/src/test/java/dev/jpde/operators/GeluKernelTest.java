package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeluKernelTest {

    private static final double EPS = Math.ulp(1.0);

    /** Against mpmath with the tolerance of {@link GeluTest}: {@code 8 eps (1 + kappa)} relative. */
    @Test
    void matchesTheMpmathTable() {
        double[][] table = ReferenceTable.read("/fno/erf_reference.csv").toArray(double[][]::new);
        int n = table.length;
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = table[k][0];
        }
        double[] value = new double[n];
        double[] derivative = new double[n];
        new GeluKernel(n).apply(x, value, derivative, n);
        for (int k = 0; k < n; k++) {
            double f = table[k][3];
            double df = table[k][4];
            if (x[k] == 0.0) {
                assertEquals(0.0, value[k], 0.0);
                assertEquals(0.5, derivative[k], 0.0);
                continue;
            }
            double phi = Math.exp(-0.5 * x[k] * x[k]) / Math.sqrt(2 * Math.PI);
            double kappaValue = Math.abs(x[k] * df / f);
            double kappaDerivative = Math.abs(x[k] * phi * (2 - x[k] * x[k]) / df);
            assertEquals(f, value[k], 8 * EPS * (1 + kappaValue) * Math.abs(f), "gelu(" + x[k] + ")");
            assertEquals(df, derivative[k], 8 * EPS * (1 + kappaDerivative) * Math.abs(df), "gelu'(" + x[k] + ")");
        }
    }

    /**
     * Against the scalar Cody implementation ({@link Gelu#value}, {@link Gelu#derivative}) on a
     * million random arguments spanning the three pieces and the tails: relative agreement to 4 eps
     * (1 + kappa) wherever |gelu| > 1e-300 (the kernel clamps y = |x|/sqrt 2 at 27, where gelu is
     * ~1e-317), and absolute agreement to 1e-300 below. (In the far negative tail the scalar
     * version is the less accurate one: it rounds y before squaring, a relative error of
     * ~x^2 eps / 2, which kappa ~ x^2 covers.)
     */
    @Test
    void agreesWithTheScalarFunctionsEverywhere() {
        int n = 4096;
        GeluKernel kernel = new GeluKernel(n);
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[n];
        double[] value = new double[n];
        double[] derivative = new double[n];
        double worst = 0.0;
        for (int rep = 0; rep < 250; rep++) {
            double range = rep % 3 == 0 ? 1.0 : rep % 3 == 1 ? 8.0 : 40.0;
            for (int k = 0; k < n; k++) {
                x[k] = rng.nextDouble(-range, range);
            }
            kernel.apply(x, value, derivative, n);
            for (int k = 0; k < n; k++) {
                double f = Gelu.value(x[k]);
                double df = Gelu.derivative(x[k]);
                double kappa = f == 0.0 ? 0.0 : Math.abs(x[k] * df / f);
                if (Math.abs(f) > 1e-300) {
                    double rel = Math.abs(value[k] - f) / Math.abs(f) / (1 + kappa);
                    worst = Math.max(worst, rel);
                    assertTrue(rel <= 4 * EPS, "gelu(" + x[k] + "): " + value[k] + " vs " + f);
                } else {
                    assertEquals(f, value[k], 1e-300, "gelu(" + x[k] + ")");
                }
                // gelu' = Phi + x phi cancels for x < 0: absolute accuracy relative to its two terms,
                // widened by the condition (1 + x^2) of the argument rounding (gelu'' = phi (2 - x^2)),
                // plus 1e-300 for the subnormal range
                double phi = Math.exp(-0.5 * x[k] * x[k]) / Math.sqrt(2 * Math.PI);
                double terms = Math.abs(df - x[k] * phi) + Math.abs(x[k] * phi);
                assertEquals(df, derivative[k], 4 * EPS * terms * (1 + x[k] * x[k]) + 1e-300, "gelu'(" + x[k] + ")");
            }
        }
        System.out.printf("GeluKernel vs scalar gelu: max relative difference / (1 + kappa) %.2e%n", worst);
    }

    @Test
    void specialValues() {
        double[] x = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NaN, 0.46875, -0.46875, 4 * Math.sqrt(2), 1e-300};
        double[] v = new double[x.length];
        double[] d = new double[x.length];
        new GeluKernel(8).apply(x, v, d, x.length);
        assertEquals(0.0, v[0], 0.0);
        assertEquals(0.5, d[0], 0.0);
        assertEquals(0.0, v[1], 0.0);
        assertEquals(Double.POSITIVE_INFINITY, v[2]);
        assertTrue(Double.isNaN(v[3]) && Double.isNaN(d[3]));
        for (int k = 4; k < x.length; k++) {
            assertEquals(Gelu.value(x[k]), v[k], 2 * EPS * Math.abs(Gelu.value(x[k])), "at a piece boundary " + x[k]);
            assertEquals(Gelu.derivative(x[k]), d[k], 4 * EPS, "at a piece boundary " + x[k]);
        }
        double[] inPlace = x.clone();
        new GeluKernel(8).apply(inPlace, inPlace, null, x.length);
        assertEquals(v[4], inPlace[4], 0.0, "value may overwrite the input");
        assertThrows(IllegalArgumentException.class, () -> new GeluKernel(4).apply(x, v, d, 5));
        GeluKernel k = new GeluKernel(8);
        k.apply(x, v, d, 8);
        assertEquals(0, Allocations.of(() -> k.apply(x, v, d, 8)));
    }
}
