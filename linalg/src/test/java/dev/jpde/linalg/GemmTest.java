package dev.jpde.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both {@link Gemm} implementations against a triple loop written here, over offsets, strides and transposes. */
class GemmTest {
    private static final List<Gemm> ALL = List.of(Gemm.java(), new OpenBlasGemm());

    @Test
    void createPicksOpenBlasOnThisPlatform() {
        assertEquals("openblas", Gemm.create().name());
    }

    @Test
    void everyVariantMatchesTheTripleLoop() {
        Random rnd = new Random(3);
        int[][] shapes = {{1, 1, 1}, {4, 3, 5}, {17, 9, 1}, {1, 13, 8}, {31, 64, 47}, {64, 96, 130}};
        double[][] scalars = {{1, 0}, {-0.5, 0}, {2, 1}, {0.75, -1.5}};
        for (int[] s : shapes) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    for (double[] ab : scalars) {
                        check(s[0], s[1], s[2], ta, tb, ab[0], ab[1], rnd);
                    }
                }
            }
        }
    }

    private static void check(int m, int n, int k, boolean ta, boolean tb, double alpha, double beta, Random rnd) {
        int aRows = ta ? k : m;
        int aCols = ta ? m : k;
        int bRows = tb ? n : k;
        int bCols = tb ? k : n;
        int lda = aCols + 3;
        int ldb = bCols + 1;
        int ldc = n + 2;
        int aOff = 5;
        int bOff = 2;
        int cOff = 7;
        double[] a = random(aOff + aRows * lda, rnd);
        double[] b = random(bOff + bRows * ldb, rnd);
        double[] c0 = random(cOff + m * ldc, rnd);
        double[] expected = c0.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int l = 0; l < k; l++) {
                    double x = ta ? a[aOff + l * lda + i] : a[aOff + i * lda + l];
                    double y = tb ? b[bOff + j * ldb + l] : b[bOff + l * ldb + j];
                    sum += x * y;
                }
                expected[cOff + i * ldc + j] = alpha * sum + beta * c0[cOff + i * ldc + j];
            }
        }
        for (Gemm g : ALL) {
            double[] c = c0.clone();
            g.gemm(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            String what = g.name() + " " + m + "x" + n + "x" + k + " ta " + ta + " tb " + tb + " alpha " + alpha
                    + " beta " + beta;
            for (int i = 0; i < c.length; i++) {
                // entries outside the C block (offset, padding columns) must be untouched
                assertEquals(expected[i], c[i], 1e-12 * (1 + Math.abs(expected[i])) * Math.sqrt(k + 1), what + " at " + i);
            }
        }
    }

    @Test
    void betaZeroIgnoresNaNInTheOutput() {
        for (Gemm g : ALL) {
            double[] c = {Double.NaN, Double.NaN};
            g.gemm(false, false, 1, 2, 1, 1.0, new double[] {2}, 0, 1, new double[] {3, 4}, 0, 2, 0.0, c, 0, 2);
            assertEquals(6.0, c[0], 0.0, g.name());
            assertEquals(8.0, c[1], 0.0, g.name());
        }
    }

    @Test
    void blocksThatDoNotFitAreRejected() {
        for (Gemm g : ALL) {
            assertThrows(IllegalArgumentException.class, () -> g.gemm(false, false, 2, 2, 2, 1.0, new double[3], 0, 2,
                    new double[4], 0, 2, 0.0, new double[4], 0, 2), g.name());
            assertThrows(IllegalArgumentException.class, () -> g.gemm(false, false, 2, 2, 2, 1.0, new double[4], 0, 1,
                    new double[4], 0, 2, 0.0, new double[4], 0, 2), g.name());
        }
    }

    private static double[] random(int n, Random rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        return x;
    }
}
