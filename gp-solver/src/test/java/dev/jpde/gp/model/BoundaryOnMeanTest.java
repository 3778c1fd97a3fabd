package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.linalg.MatrixProducts;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The boundary fit on the posterior mean ({@link GpHmModel#setBoundaryOnMean}): the loss's boundary misfit is that of
 * the prediction at the end nodes, and the mean on the grid is {@code (K - delta I) K^-1 U}.
 */
class BoundaryOnMeanTest {
    private static final double JITTER = 0.3; // large, so that the mean and the latent values differ visibly

    private static GpHmModel randomModel(int n, Random rnd) {
        double[] f = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = rnd.nextGaussian();
            g[i] = rnd.nextGaussian();
        }
        GpHmProblem problem = new GpHmProblem(PdeForm.POISSON, 0, new double[] {2 * Math.PI}, new int[] {n}, f, g, 200);
        GpHmModel model = new GpHmModel(problem, KernelFamily.STM, 3, new double[] {1.0}, MatrixProducts.best(), false,
                JITTER);
        for (int i = 0; i < n; i++) {
            model.parameters()[i] = rnd.nextGaussian();
        }
        return model;
    }

    @Test
    void boundaryMisfitIsThatOfThePredictionAtTheEnds() {
        GpHmModel model = randomModel(9, new Random(5));
        double[] g = model.problem().boundary();
        double[] ends = model.predict(new double[] {0, 2 * Math.PI});
        double predicted = 0.5 * (Math.pow(ends[0] - g[0], 2) + Math.pow(ends[1] - g[8], 2));
        double latent = 0.5 * (Math.pow(model.parameters()[0] - g[0], 2) + Math.pow(model.parameters()[8] - g[8], 2));

        model.lossAndGradient(new double[model.size()]);
        assertEquals(latent, model.lastBoundaryMse(), 1e-12 * latent, "the reference fits the latent values");
        model.setBoundaryOnMean(true);
        model.lossAndGradient(new double[model.size()]);
        assertEquals(predicted, model.lastBoundaryMse(), 1e-10 * predicted, "the mean fit sees the prediction");
        assertTrue(Math.abs(predicted - latent) > 1e-2 * latent, "the two differ at this jitter: " + predicted
                + " vs " + latent);
    }

    @Test
    void meanOnTheGridIsThePredictionAtTheNodes() {
        GpHmModel model = randomModel(9, new Random(8));
        double[] mean = model.posteriorMeanOnGrid();
        double[] atNodes = model.predict(model.problem().axis(0));
        double scale = 0;
        for (double v : atNodes) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < mean.length; i++) {
            assertEquals(atNodes[i], mean[i], 1e-12 * scale, "node " + i);
        }
        boolean differs = false;
        for (int i = 0; i < mean.length; i++) {
            differs |= Math.abs(mean[i] - model.parameters()[i]) > 1e-3 * scale;
        }
        assertTrue(differs, "the jitter pulls the mean off the latent values");
    }

    @Test
    void meanOnTheGridIn2dIsThePredictionAtTheNodes() {
        Random rnd = new Random(3);
        int n1 = 6;
        int n2 = 5;
        double[] f = new double[n1 * n2];
        GpHmProblem problem = new GpHmProblem(PdeForm.POISSON, 0, new double[] {2 * Math.PI, 4.0}, new int[] {n1, n2},
                f, f, 200);
        GpHmModel model = new GpHmModel(problem, KernelFamily.STM, 3, new double[] {1.0, 0.8}, MatrixProducts.best(),
                false, JITTER);
        for (int i = 0; i < n1 * n2; i++) {
            model.parameters()[i] = rnd.nextGaussian();
        }
        double[] mean = model.posteriorMeanOnGrid();
        double[] atNodes = model.predict(problem.axis(0), problem.axis(1));
        for (int i = 0; i < mean.length; i++) {
            assertEquals(atNodes[i], mean[i], 1e-12, "node " + i);
        }
        assertFalse(model.boundaryOnMean());
        assertThrows(IllegalArgumentException.class, () -> model.setBoundaryOnMean(true));
    }
}
