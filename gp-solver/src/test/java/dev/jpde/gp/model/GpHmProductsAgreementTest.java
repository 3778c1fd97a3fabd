package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.linalg.MatrixProducts;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The GP-HM loss and gradient do not depend on which dense-product backend computes them (beyond rounding). */
class GpHmProductsAgreementTest {

    @ParameterizedTest
    @EnumSource(PdeForm.class)
    void openBlasAndEjmlGiveTheSameStep(PdeForm pde) {
        int[] points = {23, 17};
        int m = points[0] * points[1];
        Random rnd = new Random(5 + pde.ordinal());
        GpHmProblem problem = RandomProblems.twoD(pde, points, rnd);
        GpHmModel fast = new GpHmModel(problem, KernelFamily.STM, 4, new double[] {2.0, 1.5});
        GpHmModel java = new GpHmModel(problem, KernelFamily.STM, 4, new double[] {2.0, 1.5}, MatrixProducts.java());
        for (int i = 0; i < m; i++) {
            double u = 0.5 * rnd.nextGaussian();
            fast.parameters()[i] = u;
            java.parameters()[i] = u;
        }
        double[] g1 = new double[fast.size()];
        double[] g2 = new double[java.size()];
        double l1 = fast.lossAndGradient(g1);
        double l2 = java.lossAndGradient(g2);
        assertEquals(l2, l1, 1e-11 * Math.abs(l2));
        double scale = 0;
        for (double g : g2) {
            scale = Math.max(scale, Math.abs(g));
        }
        for (int i = 0; i < g1.length; i++) {
            assertEquals(g2[i], g1[i], 1e-10 * scale, pde + " gradient " + i);
        }
    }
}
