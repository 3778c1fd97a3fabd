package dev.jpde.gp.model;

import java.util.Random;

/** Test problems with random source and boundary data on a 2-D grid of [0, 2 pi] x [0, 3] (beta 1.3, lambda_b 100). */
final class RandomProblems {
    private RandomProblems() {
    }

    static GpHmProblem twoD(PdeForm pde, int[] points, Random rnd) {
        int m = points[0] * points[1];
        double[] source = new double[m];
        double[] boundary = new double[m];
        for (int i = 0; i < m; i++) {
            source[i] = rnd.nextGaussian();
            boundary[i] = rnd.nextGaussian();
        }
        return new GpHmProblem(pde, 1.3, new double[] {2 * Math.PI, 3.0}, points, source, boundary, 100);
    }
}
