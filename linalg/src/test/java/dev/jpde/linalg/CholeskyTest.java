package dev.jpde.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** LAPACK Cholesky on row-major arrays: L L^T = A, A A^-1 = I, solves, and rejection of indefinite matrices. */
class CholeskyTest {

    @Test
    void factorInvertAndSolveAreConsistent() {
        assertTrue(Cholesky.available());
        int n = 37;
        double[] a = spd(n, new Random(4));
        double[] l = a.clone();
        // garbage above the diagonal must be ignored
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                l[i * n + j] = 1e300;
            }
        }
        assertTrue(Cholesky.factor(l, n));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = 0; k <= j; k++) {
                    s += l[i * n + k] * l[j * n + k];
                }
                assertEquals(a[i * n + j], s, 1e-12 * n, "(L L^T)[" + i + "," + j + "]");
            }
        }
        double[] b = new double[n * 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.sin(i);
        }
        double[] x = b.clone();
        Cholesky.solve(l, n, x, 2);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 2; c++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * x[k * 2 + c];
                }
                assertEquals(b[i * 2 + c], s, 1e-10, "A x = b at " + i + "," + c);
            }
        }
        double[] inv = l.clone();
        Cholesky.invert(inv, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(inv[i * n + j], inv[j * n + i], 0.0, "symmetric inverse");
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i * n + k] * inv[k * n + j];
                }
                assertEquals(i == j ? 1.0 : 0.0, s, 1e-10, "A A^-1 at " + i + "," + j);
            }
        }
    }

    @Test
    void indefiniteMatrixIsRejected() {
        double[] a = {1, 2, 2, 1};
        assertFalse(Cholesky.factor(a, 2));
    }

    private static double[] spd(int n, Random rnd) {
        double[] g = new double[n * n];
        for (int i = 0; i < g.length; i++) {
            g[i] = rnd.nextGaussian();
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = i == j ? n : 0;
                for (int k = 0; k < n; k++) {
                    s += g[i * n + k] * g[j * n + k];
                }
                a[i * n + j] = s;
            }
        }
        return a;
    }
}
