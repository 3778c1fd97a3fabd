package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.MixtureKernel1d;
import dev.jpde.gp.kernel.UniformGridKernelMatrices;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

/**
 * The posterior mean on an ill-conditioned kernel (cond K = 3.3e12, as learned kernels become late in a run) agrees
 * with one computed independently (dense LU with iteratively refined double-double residuals) to the accuracy a
 * backward-stable solve allows (3e-5 here, about cond K times the rounding unit). The Gohberg-Semencul inverse alone
 * is only weakly stable and misses by 8e-4, which is why {@link GpHmModel#predict} refines its solves against K.
 */
class PredictionAccuracyTest {
    private static final double L = 2 * Math.PI;

    /** One StM component: weight e^10, inverse length scale 0.05, frequency 2 (long envelope, large weight). */
    private static void illConditioned(GpHmModel model, int j, double mu) {
        int off = model.kernelOffset(j);
        double[] p = model.parameters();
        p[off] = 10;
        p[off + 1] = Math.log(0.05);
        p[off + 2] = mu;
    }

    private static DMatrixRMaj gram(MixtureKernel1d k, double[] x) {
        DMatrixRMaj g = k.crossCovariance(x, x, null);
        for (int i = 0; i < x.length; i++) {
            g.add(i, i, UniformGridKernelMatrices.DEFAULT_JITTER);
        }
        return g;
    }

    /**
     * {@code K^-1 b} to about working precision even for cond K ~ 1e12: dense LU, then iterative refinement with the
     * residual {@code b - K x} accumulated in double-double arithmetic (error-free products by fma, two-sums).
     */
    private static double[] accurateSolve(DMatrixRMaj k, double[] b) {
        int n = b.length;
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
        assertTrue(lu.setA(k.copy()));
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        lu.solve(DMatrixRMaj.wrap(n, 1, b.clone()), x);
        DMatrixRMaj r = new DMatrixRMaj(n, 1);
        DMatrixRMaj dx = new DMatrixRMaj(n, 1);
        for (int it = 0; it < 5; it++) {
            for (int i = 0; i < n; i++) {
                double hi = b[i];
                double lo = 0;
                for (int j = 0; j < n; j++) {
                    double prod = -k.get(i, j) * x.data[j];
                    double prodErr = Math.fma(-k.get(i, j), x.data[j], -prod);
                    double sum = hi + prod;
                    double bb = sum - hi;
                    lo += (hi - (sum - bb)) + (prod - bb) + prodErr;
                    hi = sum;
                }
                r.data[i] = hi + lo;
            }
            lu.solve(r, dx);
            CommonOps_DDRM.addEquals(x, dx);
        }
        return x.data;
    }

    private static double relativeDifference(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - b[i]) * (a[i] - b[i]);
            den += b[i] * b[i];
        }
        return Math.sqrt(num / den);
    }

    @Test
    void oneDimensionalPredictionMatchesDenseLu() {
        int n = 300;
        double[] x = GpHmProblem.grid(L, n);
        GpHmModel model = new GpHmModel(new GpHmProblem(PdeForm.POISSON, 0, new double[] {L}, new int[] {n},
                new double[n], new double[n], 200), KernelFamily.STM, 1, new double[] {0});
        illConditioned(model, 0, 2.0);
        Random rnd = new Random(7);
        double[] p = model.parameters();
        for (int i = 0; i < n; i++) {
            p[i] = Math.sin(3 * x[i]) + 0.5 * x[i] + 1e-3 * rnd.nextGaussian();
        }
        double[] test = GpHmProblem.grid(L, 217);
        double[] predicted = model.predict(test);
        assertEquals(0, model.jitterEscalations() + model.choleskyFallbacks(), "the plain Toeplitz path is under test");
        assertEquals(1, model.refinedUpdates(), "the probe flags this inverse");
        assertTrue(model.maxInverseResidual() > 1e-12, "probe residual " + model.maxInverseResidual());
        MixtureKernel1d k = model.kernel(0);
        DMatrixRMaj a = DMatrixRMaj.wrap(n, 1, accurateSolve(gram(k, x), java.util.Arrays.copyOf(p, n)));
        DMatrixRMaj expected = new DMatrixRMaj(test.length, 1);
        CommonOps_DDRM.mult(k.crossCovariance(test, x, null), a, expected);
        double diff = relativeDifference(predicted, expected.data);
        System.out.printf("1-D prediction vs dense LU: %.2e (cond K %.2e)%n", diff,
                org.ejml.dense.row.NormOps_DDRM.conditionP2(gram(k, x)));
        assertTrue(diff < 1e-4, "relative difference " + diff);
    }

    @Test
    void aWellConditionedInverseIsNotRefined() {
        int n = 120;
        GpHmModel model = new GpHmModel(new GpHmProblem(PdeForm.POISSON, 0, new double[] {L}, new int[] {n},
                new double[n], new double[n], 200), KernelFamily.STM, 1, new double[] {0});
        double[] p = model.parameters();
        p[model.kernelOffset(0) + 1] = Math.log(20.0);
        model.predict(GpHmProblem.grid(L, 50));
        assertEquals(0, model.refinedUpdates());
        assertTrue(model.maxInverseResidual() <= 1e-12, "probe residual " + model.maxInverseResidual());
    }
}
