package dev.jpde.gp.model;

import dev.jpde.gp.kernel.KernelFamily;
import dev.jpde.gp.kernel.MixtureKernel1d;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The posterior mean of a trained GP-HM model, rebuilt from what a run's output keeps (latent grid values, nodes,
 * kernels, jitter), for prediction at any points without the training machinery:
 *
 * <pre>
 *   1-D: m(x) = k(x, X) K^-1 U,      2-D: m(x, y) = k_1(x, X_1) K_1^-1 U K_2^-1 k_2(X_2, y),
 * </pre>
 *
 * with {@code K_j = k_j(X_j, X_j) + jitter_j I}, solved once by LU (EJML) when built. An extra-GP run is the sum of
 * its two stages' means. Immutable; {@link #at} allocates (it is for post-processing, not for training loops).
 */
public final class PosteriorMean {
    private final List<Stage> stages;

    /**
     * One GP: its kernel per dimension, collocation nodes per dimension, the diagonal added to each K_j, and the
     * latent values U on the nodes (row-major {@code [N_1, N_2]}). Solves {@code A = K_1^-1 U K_2^-1} when built.
     */
    public static final class Stage {
        private final MixtureKernel1d[] kernels;
        private final double[][] nodes;
        private final DMatrixRMaj a;

        public Stage(MixtureKernel1d[] kernels, double[][] nodes, double[] jitter, double[] u) {
            int d = nodes.length;
            if (d < 1 || d > 2 || kernels.length != d || jitter.length != d) {
                throw new IllegalArgumentException("one kernel, node array and jitter per dimension (1 or 2)");
            }
            int n1 = nodes[0].length;
            int n2 = d == 2 ? nodes[1].length : 1;
            if (u.length != n1 * n2) {
                throw new IllegalArgumentException("U has " + u.length + " values, the grid " + n1 * n2);
            }
            this.kernels = kernels.clone();
            this.nodes = nodes.clone();
            DMatrixRMaj v = new DMatrixRMaj(n1, n2);
            CommonOps_DDRM.solve(gram(kernels[0], nodes[0], jitter[0]), DMatrixRMaj.wrap(n1, n2, u.clone()), v);
            if (d == 2) {
                // A = V K_2^-1, i.e. A^T = K_2^-1 V^T (K_2 symmetric)
                DMatrixRMaj at = new DMatrixRMaj(n2, n1);
                CommonOps_DDRM.solve(gram(kernels[1], nodes[1], jitter[1]), CommonOps_DDRM.transpose(v, null), at);
                v = CommonOps_DDRM.transpose(at, null);
            }
            this.a = v;
        }

        /** A kernel from stored values: weights, inverse length scales and frequencies (null if unmodulated). */
        public static MixtureKernel1d kernel(KernelFamily family, double[] weight, double[] inverseLengthScale,
                double[] frequency) {
            int q = weight.length;
            double[] p = new double[3 * q];
            for (int c = 0; c < q; c++) {
                p[c] = Math.log(weight[c]);
                p[q + c] = Math.log(inverseLengthScale[c]);
                p[2 * q + c] = frequency == null ? 0 : frequency[c];
            }
            return new MixtureKernel1d(family, p);
        }

        private static DMatrixRMaj gram(MixtureKernel1d k, double[] x, double jitter) {
            DMatrixRMaj g = k.crossCovariance(x, x, null);
            for (int i = 0; i < x.length; i++) {
                g.add(i, i, jitter);
            }
            return g;
        }

        private double[] at(double[][] points) {
            DMatrixRMaj left = kernels[0].crossCovariance(points[0], nodes[0], null);
            DMatrixRMaj la = new DMatrixRMaj(left.numRows, a.numCols);
            CommonOps_DDRM.mult(left, a, la);
            if (nodes.length == 1) {
                return la.data;
            }
            DMatrixRMaj right = kernels[1].crossCovariance(points[1], nodes[1], null);
            DMatrixRMaj out = new DMatrixRMaj(la.numRows, right.numRows);
            CommonOps_DDRM.multTransB(la, right, out);
            return out.data;
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
        return stages.get(0).nodes.length;
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
            double[] m = s.at(points);
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
