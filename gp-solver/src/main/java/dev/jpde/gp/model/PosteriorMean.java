package dev.jpde.gp.model;

import dev.jpde.gp.kernel.KernelFamily;
import java.util.List;

/**
 * The posterior mean of a trained GP-HM model, rebuilt from what a run's output keeps (latent grid values, nodes,
 * kernels), for prediction at any points:
 *
 * <pre>
 *   1-D: m(x) = k(x, X) K^-1 U,      2-D: m(x, y) = k_1(x, X_1) K_1^-1 U K_2^-1 k_2(X_2, y).
 * </pre>
 *
 * Each stage is a {@link GpHmModel} holding the stored values, so that {@link #at} is {@link GpHmModel#predict}: the
 * same kernel matrices, jitter and refined solves as the run's own prediction. An extra-GP run is the sum of its two
 * stages' means. Not thread-safe; {@link #at} allocates (it is for post-processing, not for training loops).
 */
public final class PosteriorMean {
    private final List<Stage> stages;

    /** One GP: a model on the stored uniform nodes with the stored kernel parameters and latent values. */
    public static final class Stage {
        private final GpHmModel model;

        /**
         * @param family    the kernel family
         * @param nodes     collocation nodes per dimension (uniform from 0, as every GP-HM grid)
         * @param kernels   per dimension, the kernel parameters in {@code MixtureKernel1d}'s layout (see
         *                  {@link #kernelParameters})
         * @param u         the latent values on the nodes, row-major {@code [N_1, N_2]}
         */
        public Stage(KernelFamily family, double[][] nodes, double[][] kernels, double[] u) {
            int d = nodes.length;
            if (d < 1 || d > 2 || kernels.length != d) {
                throw new IllegalArgumentException("one node array and kernel per dimension (1 or 2)");
            }
            double[] lengths = new double[d];
            int[] points = new int[d];
            double[] frequencies = new double[d];
            for (int j = 0; j < d; j++) {
                points[j] = nodes[j].length;
                lengths[j] = nodes[j][points[j] - 1];
            }
            GpHmProblem grid = new GpHmProblem(PdeForm.POISSON, 0, lengths, points, new double[u.length],
                    new double[u.length], 1.0);
            this.model = new GpHmModel(grid, family, kernels[0].length / 3, frequencies);
            double[] params = model.parameters();
            System.arraycopy(u, 0, params, 0, u.length);
            for (int j = 0; j < d; j++) {
                System.arraycopy(kernels[j], 0, params, model.kernelOffset(j), kernels[j].length);
            }
        }

        /**
         * Kernel parameters from stored values: weights, inverse length scales and frequencies (null if
         * unmodulated), as {@code [log w, log p, mu]}.
         */
        public static double[] kernelParameters(double[] weight, double[] inverseLengthScale, double[] frequency) {
            int q = weight.length;
            double[] p = new double[3 * q];
            for (int c = 0; c < q; c++) {
                p[c] = Math.log(weight[c]);
                p[q + c] = Math.log(inverseLengthScale[c]);
                p[2 * q + c] = frequency == null ? 0 : frequency[c];
            }
            return p;
        }
    }

    /** The mean of one GP or, for an extra-GP run, the sum of both stages' means. */
    public PosteriorMean(List<Stage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("no stage");
        }
        this.stages = List.copyOf(stages);
    }

    /** Number of dimensions. */
    public int dimensions() {
        return stages.get(0).model.problem().dimensions();
    }

    /**
     * The mean on the grid spanned by {@code points} (one array per dimension), row-major {@code [T_1, T_2]}; in 1-D
     * at the points of {@code points[0]}.
     */
    public double[] at(double[]... points) {
        if (points.length != dimensions()) {
            throw new IllegalArgumentException("give " + dimensions() + " coordinate arrays, got " + points.length);
        }
        double[] sum = null;
        for (Stage s : stages) {
            double[] m = s.model.predict(points);
            if (sum == null) {
                sum = m;
            } else {
                for (int i = 0; i < m.length; i++) {
                    sum[i] += m[i];
                }
            }
        }
        return sum;
    }
}
