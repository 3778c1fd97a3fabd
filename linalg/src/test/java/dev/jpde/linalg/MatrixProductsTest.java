package dev.jpde.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MatrixProductsTest {
    private static final List<MatrixProducts> ALL = List.of(MatrixProducts.java(), OpenBlasProducts.load());

    @Test
    void bestIsOpenBlasOnThisPlatform() {
        // linux-x86_64 ships the native library with the build; anything else would silently fall back to EJML
        assertEquals("openblas", MatrixProducts.best().name());
    }

    @Test
    void everyProductMatchesTheTripleLoop() {
        Random rnd = new Random(7);
        int[][] shapes = {{1, 1, 1}, {3, 5, 2}, {7, 1, 4}, {1, 9, 6}, {33, 17, 65}, {120, 80, 1}};
        for (int[] s : shapes) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            DMatrixRMaj a = random(m, k, rnd);
            DMatrixRMaj b = random(k, n, rnd);
            DMatrixRMaj at = transpose(a);
            DMatrixRMaj bt = transpose(b);
            DMatrixRMaj expected = naive(a, b);
            for (MatrixProducts p : ALL) {
                DMatrixRMaj c = new DMatrixRMaj(m, n);
                c.fill(Double.NaN);
                p.mult(a, b, c);
                assertClose(expected, c, p.name() + " mult " + m + "x" + k + "x" + n);
                c.fill(Double.NaN);
                p.multTransA(at, b, c);
                assertClose(expected, c, p.name() + " multTransA " + m + "x" + k + "x" + n);
                c.fill(Double.NaN);
                p.multTransB(a, bt, c);
                assertClose(expected, c, p.name() + " multTransB " + m + "x" + k + "x" + n);
            }
        }
    }

    @Test
    void openBlasRejectsMismatchedShapes() {
        MatrixProducts p = OpenBlasProducts.load();
        assertThrows(IllegalArgumentException.class,
                () -> p.mult(new DMatrixRMaj(2, 3), new DMatrixRMaj(2, 3), new DMatrixRMaj(2, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> p.mult(new DMatrixRMaj(2, 3), new DMatrixRMaj(3, 4), new DMatrixRMaj(2, 3)));
    }

    private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual, String what) {
        double scale = 0;
        for (double v : expected.data) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.data[i], actual.data[i], 1e-13 * Math.max(1, scale), what + " at " + i);
        }
    }

    private static DMatrixRMaj random(int r, int c, Random rnd) {
        DMatrixRMaj m = new DMatrixRMaj(r, c);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rnd.nextGaussian();
        }
        return m;
    }

    private static DMatrixRMaj transpose(DMatrixRMaj a) {
        DMatrixRMaj t = new DMatrixRMaj(a.numCols, a.numRows);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                t.set(j, i, a.get(i, j));
            }
        }
        return t;
    }

    private static DMatrixRMaj naive(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numCols);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < b.numCols; j++) {
                double s = 0;
                for (int l = 0; l < a.numCols; l++) {
                    s += a.get(i, l) * b.get(l, j);
                }
                c.set(i, j, s);
            }
        }
        return c;
    }
}
