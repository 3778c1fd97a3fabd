package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Toeplitz filling and lag reduction against direct elementwise evaluation. */
class UniformGridKernelMatricesTest {
    private static final int N = 17;
    private static final double H = 0.23;
    private static final double X0 = 0.4;

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void toeplitzFillEqualsElementwiseEvaluation(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, N, H);
        DMatrixRMaj kk = new DMatrixRMaj(1, 1);
        DMatrixRMaj d1 = new DMatrixRMaj(1, 1);
        DMatrixRMaj d2 = new DMatrixRMaj(1, 1);
        grid.fill(kk, d1, d2);
        double[] v = new double[3];
        // Direct evaluation at x_i - x_j differs from the lag (i - j) h by rounding of x (~ eps |x|), which moves
        // the entries by ~ eps |x| |k'| or so: 1e-13 of the derivative scale is generous.
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                k.evaluate((X0 + i * H) - (X0 + j * H), v);
                double jit = i == j ? UniformGridKernelMatrices.DEFAULT_JITTER : 0;
                assertEquals(v[0] + jit, kk.get(i, j), 1e-13 * KernelFixtures.scale(k, 1));
                assertEquals(v[1], d1.get(i, j), 1e-13 * KernelFixtures.scale(k, 2));
                assertEquals(v[2], d2.get(i, j), 1e-13 * KernelFixtures.scale(k, 3));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void symmetriesAreExact(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, N, H, 1e-3);
        DMatrixRMaj kk = new DMatrixRMaj(N, N);
        DMatrixRMaj d1 = new DMatrixRMaj(N, N);
        DMatrixRMaj d2 = new DMatrixRMaj(N, N);
        grid.fill(kk, d1, d2);
        double[] v = new double[3];
        k.evaluate(0, v);
        for (int i = 0; i < N; i++) {
            assertEquals(v[0] + 1e-3, kk.get(i, i), 0.0, "K diagonal k(0) + jitter");
            assertEquals(0.0, d1.get(i, i), 0.0, "D1 diagonal is 0 (pitfall 7)");
            assertEquals(v[2], d2.get(i, i), 0.0, "D2 diagonal is k''(0) (pitfall 7)");
            for (int j = 0; j < N; j++) {
                assertEquals(kk.get(i, j), kk.get(j, i), 0.0);
                assertEquals(-d1.get(i, j), d1.get(j, i), 0.0);
                assertEquals(d2.get(i, j), d2.get(j, i), 0.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KernelFamily.class)
    void lagReductionEqualsBruteForceFrobeniusSums(KernelFamily family) {
        MixtureKernel1d k = KernelFixtures.kernel(family);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, N, H);
        Random rnd = new Random(7 + family.ordinal());
        DMatrixRMaj gK = random(rnd);
        DMatrixRMaj gD1 = random(rnd);
        DMatrixRMaj gD2 = random(rnd);
        int np = k.parameterCount();
        double[] brute = new double[np];
        double[] magnitude = new double[np];
        double[][] d = new double[3][np];
        DMatrixRMaj[] gs = {gK, gD1, gD2};
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                k.parameterDerivatives((i - j) * H, d[0], d[1], d[2]);
                for (int t = 0; t < np; t++) {
                    for (int o = 0; o < 3; o++) {
                        brute[t] += gs[o].get(i, j) * d[o][t];
                        magnitude[t] += Math.abs(gs[o].get(i, j) * d[o][t]);
                    }
                }
            }
        }
        double[] grad = new double[np];
        grid.contract(gK, gD1, gD2, grad);
        // Both are sums of the same ~3 N^2 products in different order: rounding ~ 3 N^2 eps of the absolute sum.
        for (int t = 0; t < np; t++) {
            assertEquals(brute[t], grad[t], 1e-12 * magnitude[t], family + " parameter " + t);
        }
    }

    @Test
    void nullWeightMatricesContributeNothing() {
        MixtureKernel1d k = KernelFixtures.kernel(KernelFamily.STM);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, N, H);
        Random rnd = new Random(3);
        DMatrixRMaj gK = random(rnd);
        DMatrixRMaj gD2 = random(rnd);
        DMatrixRMaj zero = new DMatrixRMaj(N, N);
        double[] withNull = new double[9];
        double[] withZero = new double[9];
        grid.contract(gK, null, gD2, withNull);
        grid.contract(gK, zero, gD2, withZero);
        for (int t = 0; t < 9; t++) {
            assertEquals(withZero[t], withNull[t], 1e-15 * (1 + Math.abs(withZero[t])));
        }
    }

    @Test
    void singlePointGrid() {
        MixtureKernel1d k = KernelFixtures.kernel(KernelFamily.GM);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, 1, H);
        DMatrixRMaj kk = new DMatrixRMaj(1, 1);
        grid.fill(kk, null, null);
        assertEquals(k.value(0) + 1e-6, kk.get(0, 0), 0.0);
        double[] grad = new double[9];
        grid.contract(new DMatrixRMaj(new double[][] {{2.0}}), null, null, grad);
        double[] d = new double[9];
        k.parameterDerivatives(0, d, null, null);
        for (int t = 0; t < 9; t++) {
            assertEquals(2 * d[t], grad[t], 0.0);
        }
    }

    @Test
    void crossCovarianceIsKernelAtArbitraryOffsets() {
        MixtureKernel1d k = KernelFixtures.kernel(KernelFamily.STM);
        double[] xs = {0.013, 1.7, -0.4};
        double[] x = {0, 0.5, 1.0, 1.5, 1.7};
        DMatrixRMaj out = k.crossCovariance(xs, x, null);
        assertEquals(3, out.numRows);
        assertEquals(5, out.numCols);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(k.value(xs[i] - x[j]), out.get(i, j), 1e-15 * KernelFixtures.scale(k, 0));
            }
        }
        assertTrue(out == k.crossCovariance(xs, x, out), "output argument is reused");
    }

    static DMatrixRMaj random(Random rnd) {
        return random(rnd, N);
    }

    static DMatrixRMaj random(Random rnd, int n) {
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rnd.nextGaussian();
        }
        return m;
    }
}
