package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.MixtureKernel1d;
import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extra-GP second stage is the GP-HM model of the residual problem: its loss equals the stage-2 objective of spec
 * section 5 computed directly (dense matrices, Kronecker products written out, nothing shared with the model's Toeplitz
 * path), with stage 1 frozen at a generic point, and its analytic gradient matches central differences of that direct
 * loss. Both in 1-D and 2-D, at a generic stage-2 point.
 */
class ExtraGpTest {
    private static final double JITTER = 1e-6;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void secondStageLossAndGradientEqualTheDirectTwoStageObjective(int dims) {
        Random rnd = new Random(41 + dims);
        int[] points = dims == 2 ? new int[] {7, 6} : new int[] {9};
        double[] lengths = dims == 2 ? new double[] {2 * Math.PI, 4.0} : new double[] {2 * Math.PI};
        int m = dims == 2 ? points[0] * points[1] : points[0];
        double[] f = new double[m];
        double[] g = new double[m];
        for (int i = 0; i < m; i++) {
            f[i] = rnd.nextGaussian();
            g[i] = rnd.nextGaussian();
        }
        GpHmProblem problem = new GpHmProblem(PdeForm.POISSON, 0, lengths, points, f, g, 200);
        GpHmModel first = new GpHmModel(problem, KernelFamily.STM, 3, dims == 2 ? new double[] {1.0, 0.8} : new double[] {1.0});
        double[] p1 = first.parameters();
        for (int i = 0; i < m; i++) {
            p1[i] = 0.5 * rnd.nextGaussian();
        }
        p1[m] = 1.3; // a trained stage 1 has learned its boundary precision
        for (int i = m + 2; i < p1.length; i++) {
            p1[i] += 0.2 * rnd.nextGaussian();
        }
        double[] frozen = p1.clone();

        GpHmModel second = ExtraGp.secondStage(first);
        double[] p2 = second.parameters();
        // initialisation (spec section 5): u_e = 0, lt copied, lv = 0, one Matérn component with log-w = log-ls = 0
        assertEquals(m + 2 + 3 * dims, p2.length);
        for (int i = 0; i < m; i++) {
            assertEquals(0.0, p2[i], 0.0);
        }
        assertEquals(1.3, p2[m], 0.0, "lt copied from stage 1");
        assertEquals(0.0, p2[m + 1], 0.0, "lv reset");
        for (int i = m + 2; i < p2.length; i++) {
            assertEquals(0.0, p2[i], 0.0, "log-w = log-ls = 0 (and the unused frequency)");
        }
        assertEquals(KernelFamily.MATERN52, second.kernel(0).family());

        for (int i = 0; i < m; i++) {
            p2[i] = 0.3 * rnd.nextGaussian();
        }
        p2[m] += 0.2;
        p2[m + 1] = -0.4;
        for (int j = 0; j < dims; j++) {
            p2[second.kernelOffset(j)] = 0.1 * rnd.nextGaussian();
            p2[second.kernelOffset(j) + 1] = 0.1 * rnd.nextGaussian();
        }
        Direct direct = new Direct(problem, first, second);
        double[] grad = new double[p2.length];
        double loss = second.lossAndGradient(grad);
        double reference = direct.loss(p2);
        // Both sides are the same sums of O(1e3) terms evaluated with different factorisations of K with cond ~1e4:
        // agreement to ~1e-12 relative is rounding.
        assertEquals(reference, loss, 1e-10 * Math.abs(reference), "stage-2 loss vs the direct two-stage objective");
        assertArrayEquals(frozen, first.parameters(), 0.0, "stage 1 is not modified");

        double maxAbs = Arrays.stream(grad).map(Math::abs).max().orElseThrow();
        double worst = 0;
        for (int i = 0; i < p2.length; i++) {
            double keep = p2[i];
            double h = 1e-5 * Math.max(1.0, Math.abs(keep)); // balances h^2 truncation and eps/h rounding
            p2[i] = keep + h;
            double plus = direct.loss(p2);
            p2[i] = keep - h;
            double minus = direct.loss(p2);
            p2[i] = keep;
            double fd = (plus - minus) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - grad[i]) / Math.max(Math.abs(grad[i]), 1e-4 * maxAbs));
        }
        assertTrue(worst <= 1e-5, dims + "-D: worst relative gradient error " + worst);
        System.out.printf("extra GP %d-D: loss relative difference %.2e, worst gradient error %.2e%n", dims,
                Math.abs(loss - reference) / Math.abs(reference), worst);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALLEN_CAHN", "ADVECTION"})
    void nonlinearOrNonPoissonProblemsAreRejected(String pde) {
        int[] points = {6, 5};
        double[] zero = new double[30];
        GpHmProblem problem = new GpHmProblem(PdeForm.valueOf(pde), 1, new double[] {1, 1}, points, zero, zero, 200);
        GpHmModel first = new GpHmModel(problem, KernelFamily.STM, 2, new double[] {1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtraGp.secondStage(first));
        assertTrue(e.getMessage().contains("pde: poisson"), e.getMessage());
    }

    /**
     * The stage-2 objective of spec section 5 from dense matrices: {@code C = K_1 (x) K_2} and the operator
     * {@code L = D_x K_1^-1 (x) I + I (x) D_y K_2^-1} acting on row-major vec(U).
     */
    private static final class Direct {
        private final GpHmProblem problem;
        private final GpHmModel second;
        private final DMatrixRMaj lu1;
        private final double[] u1;

        Direct(GpHmProblem problem, GpHmModel first, GpHmModel second) {
            this.problem = problem;
            this.second = second;
            int d = problem.dimensions();
            MixtureKernel1d[] k = new MixtureKernel1d[d];
            for (int j = 0; j < d; j++) {
                k[j] = new MixtureKernel1d(KernelFamily.STM, Arrays.copyOfRange(first.parameters(), first.kernelOffset(j),
                        first.kernelOffset(j) + first.kernel(j).parameterCount()));
            }
            this.u1 = Arrays.copyOf(first.parameters(), problem.size());
            this.lu1 = new DMatrixRMaj(problem.size(), 1);
            CommonOps_DDRM.mult(operator(k), DMatrixRMaj.wrap(problem.size(), 1, u1.clone()), lu1);
        }

        double loss(double[] p) {
            int d = problem.dimensions();
            int m = problem.size();
            MixtureKernel1d[] k = new MixtureKernel1d[d];
            for (int j = 0; j < d; j++) {
                k[j] = new MixtureKernel1d(ExtraGp.FAMILY, Arrays.copyOfRange(p, second.kernelOffset(j),
                        second.kernelOffset(j) + 3));
            }
            DMatrixRMaj c = matrix(k[0], 0, false);
            if (d == 2) {
                c = CommonOps_DDRM.kron(c, matrix(k[1], 1, false), null);
            }
            DMatrixRMaj ue = DMatrixRMaj.wrap(m, 1, Arrays.copyOf(p, m));
            CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(m, true);
            assertTrue(chol.decompose(c.copy()));
            DMatrixRMaj lower = chol.getT(null);
            double logDet = 0;
            for (int i = 0; i < m; i++) {
                logDet += 2 * Math.log(lower.get(i, i));
            }
            DMatrixRMaj cinvU = new DMatrixRMaj(m, 1);
            CommonOps_DDRM.solve(c, ue, cinvU);
            double quad = CommonOps_DDRM.dot(ue, cinvU);
            DMatrixRMaj lue = new DMatrixRMaj(m, 1);
            CommonOps_DDRM.mult(operator(k), ue, lue);
            double hh = 0;
            for (int i = 0; i < m; i++) {
                double h = lu1.get(i) + lue.get(i) - problem.source()[i];
                hh += h * h;
            }
            double bb = 0;
            int nb = 0;
            for (int node : boundaryNodes()) {
                double e = u1[node] + p[node] - problem.boundary()[node];
                bb += e * e;
                nb++;
            }
            double lt = p[m];
            double lv = p[m + 1];
            return 0.5 * logDet + 0.5 * quad + problem.boundaryWeight() * (-0.5 * nb * lt + 0.5 * Math.exp(lt) * bb)
                    + (-0.5 * m * lv + 0.5 * Math.exp(lv) * hh);
        }

        /** 1-D: both ends; 2-D: the four edges, corners twice (as the reference counts them). */
        private int[] boundaryNodes() {
            int n1 = problem.points()[0];
            if (problem.dimensions() == 1) {
                return new int[] {0, n1 - 1};
            }
            int n2 = problem.points()[1];
            int[] nodes = new int[2 * n1 + 2 * n2];
            int c = 0;
            for (int j = 0; j < n2; j++) {
                nodes[c++] = j;
                nodes[c++] = (n1 - 1) * n2 + j;
            }
            for (int i = 0; i < n1; i++) {
                nodes[c++] = i * n2;
                nodes[c++] = i * n2 + n2 - 1;
            }
            return nodes;
        }

        /** {@code D_x K_1^-1 (x) I (+ I (x) D_y K_2^-1)}. */
        private DMatrixRMaj operator(MixtureKernel1d[] k) {
            DMatrixRMaj[] dk = new DMatrixRMaj[k.length];
            for (int j = 0; j < k.length; j++) {
                DMatrixRMaj kj = matrix(k[j], j, false);
                DMatrixRMaj kinv = new DMatrixRMaj(kj.numRows, kj.numCols);
                assertTrue(CommonOps_DDRM.invert(kj, kinv));
                dk[j] = new DMatrixRMaj(kj.numRows, kj.numCols);
                CommonOps_DDRM.mult(matrix(k[j], j, true), kinv, dk[j]);
            }
            if (k.length == 1) {
                return dk[0];
            }
            DMatrixRMaj a = CommonOps_DDRM.kron(dk[0], CommonOps_DDRM.identity(problem.points()[1]), null);
            DMatrixRMaj b = CommonOps_DDRM.kron(CommonOps_DDRM.identity(problem.points()[0]), dk[1], null);
            CommonOps_DDRM.addEquals(a, b);
            return a;
        }

        /** {@code K_ij = k(x_i - x_j) + jitter delta_ij}, or {@code D_ij = k''(x_i - x_j)}. */
        private DMatrixRMaj matrix(MixtureKernel1d k, int dim, boolean second) {
            double[] x = problem.axis(dim);
            DMatrixRMaj out = new DMatrixRMaj(x.length, x.length);
            double[] v = new double[3];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x.length; j++) {
                    k.evaluate(x[i] - x[j], v);
                    out.set(i, j, second ? v[2] : v[0] + (i == j ? JITTER : 0));
                }
            }
            return out;
        }
    }
}
