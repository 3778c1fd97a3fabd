package dev.jpde.operators;

import dev.jpde.linalg.Gemm;
import java.util.Arrays;

/**
 * The projection Q of the fused passes ({@link Fno1dReplica}), one sample at a time:
 * {@code u = fc2(gelu(fc1(z)))} per point, {@code fc1: width -> proj}, {@code fc2: proj -> 1}. The
 * products with fc1's weight are matrix products ({@code W1 z}, and backward {@code W1^T r} and the weight
 * gradient {@code r z^T}); the bias, GELU (keeping {@code h = gelu(.)} and {@code gelu'} for the backward
 * pass) and fc2 are applied on the way out, tile by tile. Owns its tile workspaces and the
 * {@code proj x s} block of fc1's pre-activation (forward) or its gradient (backward); not thread-safe.
 */
final class ProjectionHead {

    private static final int TILE = Fno1dReplica.TILE;

    private final int width;
    private final int proj;
    private final double[] fc1W;
    private final double[] fc1B;
    private final double[] fc2W;
    private final double[] fc2B;
    private final double[] gFc1W;
    private final double[] gFc1B;
    private final double[] gFc2W;
    private final double[] gFc2B;
    private final GeluKernel gelu = new GeluKernel(TILE);
    private final double[] acc0 = new double[TILE];
    private final double[] val0 = new double[TILE];
    private final double[] der0 = new double[TILE];
    private final double[] tileOut = new double[TILE];
    private int points = -1;
    /** {@code proj x s}: fc1's pre-activation (forward), then its gradient (backward). */
    private double[] pre = new double[0];

    ProjectionHead(int width, int proj, double[] fc1W, double[] fc1B, double[] fc2W, double[] fc2B,
                   double[] gFc1W, double[] gFc1B, double[] gFc2W, double[] gFc2B) {
        this.width = width;
        this.proj = proj;
        this.fc1W = fc1W;
        this.fc1B = fc1B;
        this.fc2W = fc2W;
        this.fc2B = fc2B;
        this.gFc1W = gFc1W;
        this.gFc1B = gFc1B;
        this.gFc2W = gFc2W;
        this.gFc2B = gFc2B;
    }

    /** Sizes the block for a grid of {@code points} (allocates only when the grid changes). */
    void prepare(int points) {
        if (points != this.points) {
            pre = new double[proj * points];
            this.points = points;
        }
    }

    /**
     * One sample: {@code h = gelu(W1 z + c1)} into {@code hact} with {@code gelu'} into {@code dh} (both
     * {@code proj x s}; neither is kept if {@code dh} is null), {@code out[outOffset + j] = w2 . h[., j] + c2}.
     *
     * @param gemm the product {@code W1 z} (always called with these {@code z})
     * @param z    the last Fourier layer's output, {@code width x s}
     */
    void forward(Gemm gemm, double[] z, double[] hact, double[] dh, double[] out, int outOffset) {
        int s = points;
        gemm.gemm(false, false, proj, s, width, 1.0, fc1W, 0, width, z, 0, s, 0.0, pre, 0, s);
        for (int j0 = 0; j0 < s; j0 += TILE) {
            int len = Math.min(TILE, s - j0);
            Arrays.fill(tileOut, 0, len, fc2B[0]);
            for (int o = 0; o < proj; o++) {
                int at = o * s + j0;
                System.arraycopy(pre, at, acc0, 0, len);
                Kernels.addScalar(acc0, len, fc1B[o]);
                gelu.apply(acc0, val0, dh == null ? null : der0, len);
                if (dh != null) {
                    System.arraycopy(val0, 0, hact, at, len);
                    System.arraycopy(der0, 0, dh, at, len);
                }
                Kernels.axpy(tileOut, len, fc2W[o], val0);
            }
            System.arraycopy(tileOut, 0, out, outOffset + j0, len);
        }
    }

    /**
     * One sample: adds the gradients of fc2 and fc1 and writes {@code dL/dz} ({@code width x s}) into
     * {@code gz}.
     *
     * @param gradGemm  the product {@code r z^T} (always called with these {@code z})
     * @param inputGemm the product {@code W1^T r} (always called with this {@code gz})
     * @param gradOut   {@code dL/du}, this sample's values from {@code gOffset}
     */
    void backward(Gemm gradGemm, Gemm inputGemm, double[] gradOut, int gOffset, double[] z, double[] hact,
                  double[] dh, double[] gz) {
        int s = points;
        for (int j0 = 0; j0 < s; j0 += TILE) {
            int len = Math.min(TILE, s - j0);
            System.arraycopy(gradOut, gOffset + j0, tileOut, 0, len);
            gFc2B[0] += Kernels.sum(tileOut, 0, len);
            for (int o = 0; o < proj; o++) {
                int at = o * s + j0;
                gFc2W[o] += Kernels.dot(tileOut, 0, hact, at, len);
                System.arraycopy(dh, at, acc0, 0, len);
                Kernels.scaleBy(acc0, fc2W[o], tileOut, len);
                gFc1B[o] += Kernels.sum(acc0, 0, len);
                System.arraycopy(acc0, 0, pre, at, len);
            }
        }
        gradGemm.gemm(false, true, proj, width, s, 1.0, pre, 0, s, z, 0, s, 1.0, gFc1W, 0, width);
        inputGemm.gemm(true, false, width, s, proj, 1.0, fc1W, 0, width, pre, 0, s, 0.0, gz, 0, s);
    }
}
