package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kron.ToeplitzSpd;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * A kernel matrix that is numerically indefinite (weight e^16 against the 1e-6 jitter, so Levinson-Durbin breaks
 * down) stays on the Toeplitz path with a small extra diagonal, and its inverse is accurate for the shifted matrix.
 */
class GridAxisJitterTest {

    @Test
    void indefiniteKernelMatrixGetsAnExtraDiagonalNotACholeskyFallback() {
        int n = 200;
        GridAxis axis = new GridAxis(KernelFamily.SE, 1, 1.0, n, 2 * Math.PI / (n - 1), false);
        double[] params = {16.0, -2.0, 0.0};
        axis.update(params, 0);
        double[] row = new double[n];
        System.arraycopy(axis.k.data, 0, row, 0, n);
        assertFalse(new ToeplitzSpd(n).factor(row), "the raw matrix must break Levinson-Durbin for this test to mean anything");
        assertEquals(1, axis.jitterEscalations);
        assertEquals(0, axis.choleskyFallbacks);
        // K^-1 is the inverse of K + delta I for the smallest delta = 1e-12 K_00 * 10^j that factorises
        double k00 = axis.k.get(0, 0);
        double best = Double.POSITIVE_INFINITY;
        for (double delta = 1e-12 * k00; delta <= 1e-4 * k00; delta *= 10) {
            DMatrixRMaj shifted = axis.k.copy();
            for (int i = 0; i < n; i++) {
                shifted.add(i, i, delta);
            }
            DMatrixRMaj r = new DMatrixRMaj(n, n);
            CommonOps_DDRM.mult(shifted, axis.kinv, r);
            double e = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    e = Math.max(e, Math.abs(r.get(i, j) - (i == j ? 1 : 0)));
                }
            }
            best = Math.min(best, e);
        }
        assertTrue(best < 1e-2, "residual of the shifted inverse " + best);
        assertTrue(Double.isFinite(axis.logDet));
    }
}
