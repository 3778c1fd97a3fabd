package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.linalg.MatrixProducts;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fit on the posterior mean ({@link GpHmModel#setFitOnMean}), checked against the prediction itself: the loss's
 * boundary misfit is that of {@link GpHmModel#predict} at the boundary nodes, its residual that of the prediction's
 * derivatives by central differences, and {@link GpHmModel#posteriorMeanOnGrid} is the prediction at the nodes.
 */
class FitOnMeanTest {
    private static final double JITTER = 0.3; // large, so that the mean and the latent values differ visibly
    private static final double H = 1e-3;

    private static GpHmModel randomModel(PdeForm pde, int[] points, long seed) {
        Random rnd = new Random(seed);
        int m = points.length == 2 ? points[0] * points[1] : points[0];
        double[] f = new double[m];
        double[] g = new double[m];
        for (int i = 0; i < m; i++) {
            f[i] = rnd.nextGaussian();
            g[i] = rnd.nextGaussian();
        }
        double[] lengths = points.length == 2 ? new double[] {2 * Math.PI, 4.0} : new double[] {2 * Math.PI};
        double[] maxF = points.length == 2 ? new double[] {1.0, 0.8} : new double[] {1.0};
        GpHmProblem problem = new GpHmProblem(pde, 1.7, lengths, points, f, g, 200);
        GpHmModel model = new GpHmModel(problem, KernelFamily.STM, 3, maxF, MatrixProducts.best(), false, JITTER);
        for (int i = 0; i < m; i++) {
            model.parameters()[i] = rnd.nextGaussian();
        }
        model.setFitOnMean(true);
        return model;
    }

    @ParameterizedTest
    @CsvSource({"POISSON, 9", "ALLEN_CAHN, 9", "POISSON, 7 6", "ALLEN_CAHN, 7 6", "ADVECTION, 7 6"})
    void lossTermsAreThoseOfThePrediction(PdeForm pde, String grid) {
        String[] parts = grid.split(" ");
        int[] points = new int[parts.length];
        for (int j = 0; j < parts.length; j++) {
            points[j] = Integer.parseInt(parts[j]);
        }
        GpHmModel model = randomModel(pde, points, 17 + pde.ordinal() + 5L * points.length);
        GpHmProblem problem = model.problem();
        int n1 = points[0];
        int n2 = points.length == 2 ? points[1] : 1;
        double[] x = problem.axis(0);
        double[] y = points.length == 2 ? problem.axis(1) : null;
        double[] f = problem.source();
        double[] g = problem.boundary();
        double[] mean = points.length == 2 ? model.predict(x, y) : model.predict(x);

        double boundary = 0;
        int nb = 0;
        double residual = 0;
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                int k = i * n2 + j;
                int edges = (i == 0 || i == n1 - 1 ? 1 : 0) + (n2 > 1 && (j == 0 || j == n2 - 1) ? 1 : 0);
                boundary += edges * Math.pow(mean[k] - g[k], 2); // 2-D corners twice, as in the reference
                nb += edges;
                double r = residualAt(model, pde, x[i], y == null ? Double.NaN : y[j], mean[k]) - f[k];
                residual += r * r;
            }
        }
        model.lossAndGradient(new double[model.size()]);
        assertEquals(boundary / nb, model.lastBoundaryMse(), 1e-10 * boundary / nb, "boundary misfit of the mean");
        assertEquals(residual / (n1 * n2), model.lastResidualMse(), 1e-5 * residual / (n1 * n2),
                "residual of the mean, by central differences");
        double latent = 0;
        for (int i = 0; i < mean.length; i++) {
            latent = Math.max(latent, Math.abs(mean[i] - model.parameters()[i]));
        }
        assertTrue(latent > 1e-2, "at this jitter the mean is off the latent values: " + latent);
        double[] onGrid = model.posteriorMeanOnGrid();
        for (int i = 0; i < mean.length; i++) {
            assertEquals(mean[i], onGrid[i], 1e-12 * (1 + Math.abs(mean[i])), "posteriorMeanOnGrid at node " + i);
        }
    }

    /** The PDE operator applied to the prediction at (x, y), derivatives by central differences of step H. */
    private static double residualAt(GpHmModel model, PdeForm pde, double x, double y, double m) {
        double[] around = {-H, 0, H};
        if (Double.isNaN(y)) {
            double[] xs = {x - H, x, x + H};
            double[] v = model.predict(xs);
            double uxx = (v[0] - 2 * v[1] + v[2]) / (H * H);
            return uxx + (pde == PdeForm.ALLEN_CAHN ? m * (m * m - 1) : 0);
        }
        double[] xs = {x + around[0], x, x + around[2]};
        double[] ys = {y + around[0], y, y + around[2]};
        double[] alongX = model.predict(xs, new double[] {y});
        double[] alongY = model.predict(new double[] {x}, ys);
        if (pde == PdeForm.ADVECTION) {
            double ux = (alongX[2] - alongX[0]) / (2 * H);
            double ut = (alongY[2] - alongY[0]) / (2 * H);
            return model.problem().beta() * ux + ut;
        }
        double lap = (alongX[0] - 2 * alongX[1] + alongX[2]) / (H * H) + (alongY[0] - 2 * alongY[1] + alongY[2]) / (H * H);
        return lap + (pde == PdeForm.ALLEN_CAHN ? m * (m * m - 1) : 0);
    }
}
