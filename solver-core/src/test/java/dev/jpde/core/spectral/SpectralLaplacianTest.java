package dev.jpde.core.spectral;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.grid.PeriodicGrid2D;
import org.junit.jupiter.api.Test;

/** The 2-D spectral Laplacian is exact on trigonometric polynomials, including non-square, non-power-of-two grids. */
class SpectralLaplacianTest {
    @Test
    void exactOnTrigonometricPolynomials() {
        for (int[] shape : new int[][] {{32, 32}, {24, 20}, {15, 18}}) {
            PeriodicGrid2D grid = new PeriodicGrid2D(PeriodicGrid1D.fromZero(2 * Math.PI, shape[0]),
                    PeriodicGrid1D.fromZero(4 * Math.PI, shape[1]));
            int nx = grid.nx();
            int ny = grid.ny();
            double[] u = new double[nx * ny];
            double[] exact = new double[nx * ny];
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    double x = grid.x().x(i);
                    double y = grid.y().x(j);
                    // modes kx = 2, 3 and ky = 1.5 (y has period 4 pi): -|k|^2 = -(4 + 2.25), -(9 + 0)
                    u[i * ny + j] = Math.sin(2 * x) * Math.cos(1.5 * y) + Math.cos(3 * x);
                    exact[i * ny + j] = -6.25 * Math.sin(2 * x) * Math.cos(1.5 * y) - 9 * Math.cos(3 * x);
                }
            }
            new SpectralLaplacian(grid, Fft.jtransforms()).apply(u, u);
            double err = 0;
            for (int k = 0; k < u.length; k++) {
                err = Math.max(err, Math.abs(u[k] - exact[k]));
            }
            assertTrue(err < 1e-12, shape[0] + "x" + shape[1] + ": error " + err);
        }
    }
}
