package dev.jpde.gp.kron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The O(n^2) Toeplitz path against EJML's Cholesky on kernel matrices of the kind GP-HM builds. */
class ToeplitzSpdTest {
    /** A spectral-mixture kernel row on a uniform grid of [0, 2 pi] plus jitter (GP-HM's K at initialisation-like values). */
    private static double[] kernelRow(int n, double jitter) {
        double h = 2 * Math.PI / (n - 1);
        double[] t = new double[n];
        for (int l = 0; l < n; l++) {
            double r = l * h;
            t[l] = 0.6 * Math.exp(-r * r) * Math.cos(2 * Math.PI * 1.6 * r) + 0.4 * Math.exp(-4 * r * r);
        }
        t[0] += jitter;
        return t;
    }

    private static DMatrixRMaj dense(double[] t) {
        int n = t.length;
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.set(i, j, t[Math.abs(i - j)]);
            }
        }
        return m;
    }

    @Test
    void inverseLogDetLagSumsAndSolveAgreeWithCholesky() {
        // well conditioned (jitter 1e-1) and GP-like (jitter 1e-6, condition number ~1e6-1e7)
        for (double jitter : new double[] {1e-1, 1e-6}) {
            int n = 120;
            double[] t = kernelRow(n, jitter);
            ToeplitzSpd toe = new ToeplitzSpd(n);
            assertTrue(toe.factor(t));
            SpdFactor chol = new SpdFactor(n);
            DMatrixRMaj a = dense(t);
            chol.factor(a);
            assertEquals(0.0, chol.extraJitter());
            assertEquals(chol.logDet(), toe.logDet(), 1e-9 * Math.abs(chol.logDet()), "log det, jitter " + jitter);
            DMatrixRMaj inv = new DMatrixRMaj(n, n);
            DMatrixRMaj ref = new DMatrixRMaj(n, n);
            toe.inverse(inv);
            chol.invert(ref);
            double scale = CommonOps_DDRM.elementMaxAbs(ref);
            double diff = 0;
            for (int i = 0; i < n * n; i++) {
                diff = Math.max(diff, Math.abs(inv.data[i] - ref.data[i]));
            }
            // both inverses carry errors ~ cond(T) * eps relative to max|T^-1|
            double tol = jitter == 1e-1 ? 1e-12 : 1e-6;
            assertTrue(diff <= tol * scale, "inverse, jitter " + jitter + ": " + diff / scale);
            double[] lags = new double[n];
            toe.inverseLagSums(lags);
            for (int l = 0; l < n; l += 7) {
                double s = 0;
                for (int j = 0; j + l < n; j++) {
                    s += ref.get(j + l, j);
                }
                assertEquals(s, lags[l], tol * scale * n, "lag sum " + l);
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = Math.sin(0.3 * i) + 0.1 * i / n;
            }
            double[] y = new double[n];
            toe.solve(b, y);
            double[] yc = new double[n];
            chol.solve(b, yc);
            double ymax = 0;
            double ydiff = 0;
            for (int i = 0; i < n; i++) {
                ymax = Math.max(ymax, Math.abs(yc[i]));
                ydiff = Math.max(ydiff, Math.abs(y[i] - yc[i]));
            }
            assertTrue(ydiff <= tol * ymax, "solve, jitter " + jitter + ": " + ydiff / ymax);
        }
    }

    @Test
    void indefiniteMatrixIsReported() {
        assertFalse(new ToeplitzSpd(3).factor(new double[] {1.0, 2.0, 0.0}));
        assertFalse(new ToeplitzSpd(2).factor(new double[] {-1.0, 0.0}));
    }
}
