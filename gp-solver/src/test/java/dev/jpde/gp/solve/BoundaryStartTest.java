package dev.jpde.gp.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import dev.jpde.gp.model.PdeForm;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class BoundaryStartTest {
    private static GpHmModel model2d(DoubleBinaryOperator u, int n1, int n2, double l1, double l2) {
        double[] g = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                g[i * n2 + j] = u.applyAsDouble(l1 * i / (n1 - 1), l2 * j / (n2 - 1));
            }
        }
        GpHmProblem p = new GpHmProblem(PdeForm.POISSON, 0, new double[] {l1, l2}, new int[] {n1, n2},
                new double[n1 * n2], g, 200);
        return new GpHmModel(p, KernelFamily.STM, 3, new double[] {1, 1});
    }

    @Test
    void oneDimensionIsTheLineBetweenTheEndValues() {
        int n = 11;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.sin(500.0 * i / (n - 1)) - 2 * Math.pow((double) i / (n - 1) - 0.5, 2);
        }
        GpHmModel model = new GpHmModel(new GpHmProblem(PdeForm.POISSON, 0, new double[] {1}, new int[] {n},
                new double[n], g, 200), KernelFamily.STM, 3, new double[] {1});
        double[] before = model.parameters().clone();
        BoundaryStart.apply(model);
        double[] p = model.parameters();
        for (int i = 0; i < n; i++) {
            assertEquals(g[0] + (g[n - 1] - g[0]) * i / (n - 1), p[i], 1e-15);
        }
        for (int k = n; k < p.length; k++) {
            assertEquals(before[k], p[k], "only U changes");
        }
    }

    @Test
    void coonsPatchMatchesEveryEdgeAndIsExactForBilinearData() {
        int n1 = 13;
        int n2 = 9;
        DoubleBinaryOperator edgy = (x, y) -> Math.sin(7 * x) * Math.cos(3 * y) + x * x - y;
        GpHmModel model = model2d(edgy, n1, n2, 2, 3);
        BoundaryStart.apply(model);
        double[] u = model.parameters();
        double[] g = model.problem().boundary();
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                if (i == 0 || j == 0 || i == n1 - 1 || j == n2 - 1) {
                    assertEquals(g[i * n2 + j], u[i * n2 + j], 1e-14, "edge node " + i + ", " + j);
                }
            }
        }
        DoubleBinaryOperator bilinear = (x, y) -> 1 + 2 * x - 3 * y + 0.5 * x * y;
        GpHmModel flat = model2d(bilinear, n1, n2, 2, 3);
        BoundaryStart.apply(flat);
        double[] v = flat.parameters();
        double[] exact = flat.problem().boundary();
        for (int k = 0; k < n1 * n2; k++) {
            assertEquals(exact[k], v[k], 1e-13, "node " + k);
        }
    }
}
