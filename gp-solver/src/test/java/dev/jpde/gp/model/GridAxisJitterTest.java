package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.UniformGridKernelMatrices;
import dev.jpde.gp.kron.ToeplitzSpd;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * A kernel matrix that is numerically indefinite (weight e^16 against the 1e-6 jitter, so Levinson-Durbin breaks
 * down) stays on the Toeplitz path with a small extra diagonal; the axis's K then carries that diagonal, so that K^-1
 * is its inverse (what the iterative refinement of the solves relies on).
 */
class GridAxisJitterTest {

    @Test
    void indefiniteKernelMatrixGetsAnExtraDiagonalNotACholeskyFallback() {
        int n = 200;
        GridAxis axis = new GridAxis(KernelFamily.SE, 1, 1.0, n, 2 * Math.PI / (n - 1), false,
                dev.jpde.gp.kernel.UniformGridKernelMatrices.DEFAULT_JITTER, dev.jpde.linalg.MatrixProducts.best());
        double[] params = {16.0, -2.0, 0.0};
        axis.update(params, 0);
        double[] grid = GpHmProblem.grid(2 * Math.PI, n);
        DMatrixRMaj raw = axis.kernel.crossCovariance(grid, grid, null);
        for (int i = 0; i < n; i++) {
            raw.add(i, i, UniformGridKernelMatrices.DEFAULT_JITTER);
        }
        double[] row = new double[n];
        System.arraycopy(raw.data, 0, row, 0, n);
        assertFalse(new ToeplitzSpd(n).factor(row), "the raw matrix must break Levinson-Durbin for this test to mean anything");
        assertEquals(1, axis.jitterEscalations);
        assertEquals(0, axis.choleskyFallbacks);
        // axis.k is the raw matrix plus the smallest extra diagonal delta = 1e-12 K_00 * 10^j that factorises ...
        double k00 = raw.get(0, 0);
        double delta = axis.k.get(0, 0) - k00;
        boolean escalationStep = false;
        for (double step = 1e-12 * k00; step <= 1e-4 * k00; step *= 10) {
            escalationStep |= Math.abs(delta - step) <= 1e-3 * step;
        }
        assertTrue(escalationStep, "extra diagonal " + delta + " of K_00 = " + k00);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double expected = raw.get(i, j) + (i == j ? delta : 0);
                assertEquals(expected, axis.k.get(i, j), 1e-12 * k00, "K[" + i + "][" + j + "]");
            }
        }
        // ... and K^-1 is its inverse
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(axis.k, axis.kinv, r);
        double e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                e = Math.max(e, Math.abs(r.get(i, j) - (i == j ? 1 : 0)));
            }
        }
        assertTrue(e < 1e-2, "residual of the inverse " + e);
        assertTrue(Double.isFinite(axis.logDet));
    }
}
