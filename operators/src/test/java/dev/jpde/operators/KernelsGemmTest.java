package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link KernelsGemm} against the triple loop, with offsets, leading dimensions wider than the blocks,
 * both transpositions, alpha and beta, and more columns than one packed tile; cells outside C's block stay
 * untouched. Terms are O(1), summed in different orders: tolerance 1e-13 (1 + k).
 */
class KernelsGemmTest {

    @ParameterizedTest(name = "transA {0}, transB {1}, {2} x {3} x {4}, alpha {5}, beta {6}")
    @CsvSource({
        "false, false, 5, 300, 7, 1.0, 0.0",
        "true, false, 4, 520, 9, 1.0, 1.0",
        "false, true, 6, 33, 70, -0.5, 2.0",
        "true, true, 3, 257, 5, 2.0, 0.0",
        "false, false, 1, 1, 1, 1.0, 0.5",
        "false, true, 3, 4, 0, 1.0, 0.5",
    })
    void agreesWithTheTripleLoop(boolean transA, boolean transB, int m, int n, int k, double alpha, double beta) {
        SplittableRandom rng = new SplittableRandom(m * 1000L + n * 10L + k);
        int lda = (transA ? m : k) + 2;
        int ldb = (transB ? k : n) + 3;
        int ldc = n + 1;
        int aOff = 3;
        int bOff = 5;
        int cOff = 2;
        double[] a = GradientCheck.random(rng, aOff + (transA ? k : m) * lda, 1.0);
        double[] b = GradientCheck.random(rng, bOff + (transB ? n : k) * ldb, 1.0);
        double[] c = GradientCheck.random(rng, cOff + m * ldc, 1.0);
        double[] expected = c.clone();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int l = 0; l < k; l++) {
                    double x = transA ? a[aOff + l * lda + i] : a[aOff + i * lda + l];
                    double y = transB ? b[bOff + j * ldb + l] : b[bOff + l * ldb + j];
                    sum += x * y;
                }
                int at = cOff + i * ldc + j;
                expected[at] = alpha * sum + (beta == 0.0 ? 0.0 : beta * c[at]);
            }
        }
        double[] actual = c.clone();
        new KernelsGemm().gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, actual, cOff, ldc);
        for (int q = 0; q < c.length; q++) {
            assertEquals(expected[q], actual[q], 1e-13 * (1.0 + k), "entry " + q);
        }
    }
}
