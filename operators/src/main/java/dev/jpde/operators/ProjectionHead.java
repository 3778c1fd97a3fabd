package dev.jpde.operators;

import java.util.Arrays;

/**
 * The projection Q of the fused passes ({@link Fno1dReplica}): {@code u = fc2(gelu(fc1(z)))} per
 * point, {@code fc1: width -> proj}, {@code fc2: proj -> 1}, over tiles of the grid, keeping
 * {@code h = gelu(.)} and {@code gelu'} for the backward pass; backward adds the gradients of both
 * maps and writes {@code dL/dz} flat and point-major (for the last Fourier layer's spectrum and
 * weight gradient). fc1's weight gradient is accumulated per tile from a transposed copy of the
 * tile of {@code z}. Owns its tile workspaces; not thread-safe.
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
    private final double[][] rows;
    private final double[][] cols;
    private final double[][] gwRows;
    private final double[] gcAcc;
    private final double[] acc0 = new double[TILE];
    private final double[] val0 = new double[TILE];
    private final double[] der0 = new double[TILE];
    private final double[] tileOut = new double[TILE];

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
        this.rows = new double[Math.max(width, proj)][TILE];
        this.cols = new double[TILE][width];
        this.gwRows = new double[proj][width];
        this.gcAcc = new double[proj];
    }

    /** h = gelu(W1 z + c1) (kept with gelu'), out = w2 . h + c2. */
    void forward(double[] last, double[] hact, double[] dh, double[] out, int batch, int points,
                 DftTables tables) {
        int s = points;
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < tables.tiles(); t++) {
                int j0 = tables.tileStart(t);
                int len = tables.tileLength(t);
                Kernels.pack(last, b * width * s + j0, s, len, rows, width);
                Arrays.fill(tileOut, 0, len, fc2B[0]);
                for (int o = 0; o < proj; o++) {
                    Arrays.fill(acc0, 0, len, fc1B[o]);
                    Kernels.combine(acc0, len, fc1W, o * width, 1, rows, 0, width);
                    gelu.apply(acc0, val0, der0, len);
                    int at = (b * proj + o) * s + j0;
                    System.arraycopy(val0, 0, hact, at, len);
                    System.arraycopy(der0, 0, dh, at, len);
                    Kernels.axpy(tileOut, len, fc2W[o], val0);
                }
                System.arraycopy(tileOut, 0, out, b * s + j0, len);
            }
        }
    }

    /** Gradients of fc2, fc1 and dL/dz of the last Fourier layer into gz. */
    void backward(double[] gradOut, double[] last, double[] hact, double[] dh, double[] gz, double[][] gradT,
                  int batch, int points, DftTables tables) {
        int s = points;
        for (int o = 0; o < proj; o++) {
            Arrays.fill(gwRows[o], 0.0);
        }
        Arrays.fill(gcAcc, 0.0);
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < tables.tiles(); t++) {
                int j0 = tables.tileStart(t);
                int len = tables.tileLength(t);
                System.arraycopy(gradOut, b * s + j0, tileOut, 0, len);
                gFc2B[0] += Kernels.sum(tileOut, 0, len);
                for (int o = 0; o < proj; o++) {
                    int at = (b * proj + o) * s + j0;
                    gFc2W[o] += Kernels.dot(tileOut, 0, hact, at, len);
                    System.arraycopy(dh, at, rows[o], 0, len);
                    Kernels.scaleBy(rows[o], fc2W[o], tileOut, len);
                    gcAcc[o] += Kernels.sum(rows[o], 0, len);
                }
                weightGradient(last, b * width * s + j0, s, len);
                for (int i = 0; i < width; i++) {
                    Arrays.fill(acc0, 0, len, 0.0);
                    Kernels.combine(acc0, len, fc1W, i, width, rows, 0, proj);
                    System.arraycopy(acc0, 0, gz, (b * width + i) * s + j0, len);
                    FoldedAnalysis.scatter(acc0, 0, gradT, b * s + j0, i, len);
                }
            }
        }
        flushWeightGradient(gFc1W, gFc1B, proj);
    }

    /**
     * gwRows[o][i] += sum_j rows[o][j] x[from + i*s + j] over one tile: the weight gradient of the
     * projection's first map, with upstream gradient rows {@code rows[0 .. outputs)} and input {@code x}.
     */
    private void weightGradient(double[] x, int from, int points, int len) {
        int outputs = proj;
        Kernels.transpose(x, from, points, len, width, cols);
        for (int o = 0; o < outputs; o++) {
            Kernels.combine(gwRows[o], width, rows[o], 0, 1, cols, 0, len);
        }
    }

    private void flushWeightGradient(double[] gw, double[] gc, int outputs) {
        for (int o = 0; o < outputs; o++) {
            double[] row = gwRows[o];
            for (int i = 0; i < width; i++) {
                gw[o * width + i] += row[i];
            }
            gc[o] += gcAcc[o];
        }
    }
}
