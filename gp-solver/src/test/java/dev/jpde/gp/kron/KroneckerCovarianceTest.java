package dev.jpde.gp.kron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Kronecker algebra against explicitly formed Kronecker products (small sizes only). */
class KroneckerCovarianceTest {
    private static DMatrixRMaj spd(int n, Random r) {
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            b.data[i] = r.nextGaussian();
        }
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(b, b, a);
        for (int i = 0; i < n; i++) {
            a.add(i, i, n);
        }
        return a;
    }

    private static DMatrixRMaj explicit(DMatrixRMaj... f) {
        DMatrixRMaj c = f[0].copy();
        for (int j = 1; j < f.length; j++) {
            DMatrixRMaj next = new DMatrixRMaj(c.numRows * f[j].numRows, c.numCols * f[j].numCols);
            CommonOps_DDRM.kron(c, f[j], next);
            c = next;
        }
        return c;
    }

    private static double maxDiff(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    @Test
    void solveMultiplyLogDetAndQuadraticFormMatchExplicitProducts() {
        Random r = new Random(3);
        for (int[] shape : new int[][] {{5}, {3, 4}, {2, 3, 4}}) {
            DMatrixRMaj[] f = new DMatrixRMaj[shape.length];
            for (int j = 0; j < shape.length; j++) {
                f[j] = spd(shape[j], r);
            }
            KroneckerCovariance kc = new KroneckerCovariance(f);
            kc.update();
            DMatrixRMaj c = explicit(f);
            int m = c.numRows;
            double[] u = new double[m];
            for (int i = 0; i < m; i++) {
                u[i] = r.nextGaussian();
            }
            DMatrixRMaj uv = DMatrixRMaj.wrap(m, 1, u.clone());
            DMatrixRMaj cu = new DMatrixRMaj(m, 1);
            CommonOps_DDRM.mult(c, uv, cu);
            double[] out = new double[m];
            kc.multiply(u, out);
            assertTrue(maxDiff(cu.data, out) < 1e-11 * (1 + CommonOps_DDRM.elementMaxAbs(cu)), "multiply " + shape.length);
            DMatrixRMaj x = new DMatrixRMaj(m, 1);
            CommonOps_DDRM.solve(c, uv, x);
            kc.solve(u, out);
            assertTrue(maxDiff(x.data, out) < 1e-11 * (1 + CommonOps_DDRM.elementMaxAbs(x)), "solve " + shape.length);
            assertEquals(Math.log(CommonOps_DDRM.det(c)), kc.logDet(), 1e-9 * Math.abs(kc.logDet()), "logdet");
            double q = 0;
            for (int i = 0; i < m; i++) {
                q += u[i] * x.data[i];
            }
            assertEquals(q, kc.quadraticForm(u, new double[m]), 1e-10 * Math.abs(q), "quadratic form");
        }
    }

    @Test
    void singularFactorIsRescuedByLoggedJitter() {
        // rank-one 4x4 matrix: Cholesky fails until an extra diagonal is added
        DMatrixRMaj a = new DMatrixRMaj(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                a.set(i, j, 1.0);
            }
        }
        SpdFactor f = new SpdFactor(4);
        f.factor(a);
        assertTrue(f.extraJitter() > 0, "jitter added");
        assertTrue(f.extraJitter() < 1e-6, "smallest escalation that works: " + f.extraJitter());
        double[] b = {1, 2, 3, 4};
        double[] x = new double[4];
        f.solve(b, x);
        assertTrue(Double.isFinite(x[0]));
    }
}
