package dev.jpde.gp.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.gp.kernel.KernelFamily;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finite-difference checks of the analytic GP-HM gradient with respect to U, both precisions and every kernel
 * parameter, for each PDE, kernel family and dimension (spec section 9 used a 7x6 grid with Q = 3).
 */
class GpHmGradientTest {
    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (KernelFamily family : KernelFamily.values()) {
            b.add(Arguments.of(PdeForm.POISSON, family, new int[] {7}, false));
            b.add(Arguments.of(PdeForm.ALLEN_CAHN, family, new int[] {7}, false));
            b.add(Arguments.of(PdeForm.POISSON, family, new int[] {7, 6}, false));
            b.add(Arguments.of(PdeForm.ALLEN_CAHN, family, new int[] {7, 6}, false));
            b.add(Arguments.of(PdeForm.ADVECTION, family, new int[] {7, 6}, false));
            b.add(Arguments.of(PdeForm.POISSON, family, new int[] {7}, true));
            b.add(Arguments.of(PdeForm.ALLEN_CAHN, family, new int[] {7}, true));
            b.add(Arguments.of(PdeForm.POISSON, family, new int[] {7, 6}, true));
            b.add(Arguments.of(PdeForm.ALLEN_CAHN, family, new int[] {7, 6}, true));
            b.add(Arguments.of(PdeForm.ADVECTION, family, new int[] {7, 6}, true));
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void analyticGradientMatchesCentralDifferences(PdeForm pde, KernelFamily family, int[] points,
            boolean fitOnMean) {
        Random rnd = new Random(11 + points.length * 7 + pde.ordinal() * 3 + family.ordinal());
        int m = points.length == 2 ? points[0] * points[1] : points[0];
        double[] source = new double[m];
        double[] boundary = new double[m];
        for (int i = 0; i < m; i++) {
            source[i] = rnd.nextGaussian();
            boundary[i] = rnd.nextGaussian();
        }
        double[] lengths = points.length == 2 ? new double[] {2 * Math.PI, 4.0} : new double[] {2 * Math.PI};
        // (both spacings ~1 with inverse length scales ~1 keep K well conditioned, so the differences are clean)
        GpHmProblem problem = new GpHmProblem(pde, 1.7, lengths, points, source, boundary, 200);
        double[] maxF = points.length == 2 ? new double[] {1.0, 0.8} : new double[] {1.0};
        // The fit on the posterior mean differs from the latent fit by terms proportional to the jitter; a jitter of
        // 0.3 instead of 1e-6 makes them as large as the others, so that the check sees them.
        GpHmModel model = fitOnMean
                ? new GpHmModel(problem, family, 3, maxF, dev.jpde.linalg.MatrixProducts.best(), false, 0.3)
                : new GpHmModel(problem, family, 3, maxF);
        model.setFitOnMean(fitOnMean);
        double[] p = model.parameters();
        // a generic point: random U, precisions away from 0, kernel parameters perturbed from their initial values
        for (int i = 0; i < m; i++) {
            p[i] = 0.5 * rnd.nextGaussian();
        }
        p[m] = 0.3;
        p[m + 1] = -0.2;
        for (int i = m + 2; i < p.length; i++) {
            p[i] += 0.2 * rnd.nextGaussian();
        }
        double[] grad = new double[p.length];
        model.lossAndGradient(grad);
        double maxAbs = 0;
        for (double g : grad) {
            maxAbs = Math.max(maxAbs, Math.abs(g));
        }
        double[] scratch = new double[p.length];
        double worst = 0;
        int worstIndex = -1;
        for (int i = 0; i < p.length; i++) {
            double keep = p[i];
            // central difference: truncation ~ h^2 |L'''| / 6, rounding ~ eps |L| / h; h = 1e-5 balances both
            double step = 1e-5 * Math.max(1.0, Math.abs(keep));
            p[i] = keep + step;
            double plus = model.lossAndGradient(scratch);
            p[i] = keep - step;
            double minus = model.lossAndGradient(scratch);
            p[i] = keep;
            double fd = (plus - minus) / (2 * step);
            double rel = Math.abs(fd - grad[i]) / Math.max(Math.abs(grad[i]), 1e-4 * maxAbs);
            if (rel > worst) {
                worst = rel;
                worstIndex = i;
            }
        }
        assertTrue(worst <= 1e-5, pde + " " + family + " " + points.length + "-D"
                + (fitOnMean ? " (boundary on the mean)" : "") + ": worst relative error " + worst
                + " at parameter " + worstIndex + " of " + p.length + " (U: 0.." + (m - 1) + ", lt " + m + ", lv " + (m + 1) + ")");
    }
}
