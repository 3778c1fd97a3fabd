package dev.jpde.operators;

import java.util.Arrays;

/**
 * Spectra on the kept modes of many channels at once, from point-major data: for each sample,
 * rows {@code xT[b*s + j]} hold the values of all {@code width} channels at point {@code j}. The
 * analysis is folded ({@link DftTables#pairs()}), so each mode costs two {@link Kernels#combine}
 * over {@code (s-1)/2} rows, vectorised over the channels:
 * <pre>
 *   e_j = x_j + x_{s-j},   o_j = x_j - x_{s-j},                      j = 1 .. (s-1)/2
 *   X[2k]   = x_0 + sum_j cos(2 pi k j/s) e_j + (s even) (-1)^k x_{s/2}
 *   X[2k+1] = -sum_j sin(2 pi k j/s) o_j
 * </pre>
 * Owns its fold buffers (grown per grid size); not thread-safe.
 */
final class FoldedAnalysis {

    private final int width;
    private double[][] foldEven = new double[0][];
    private double[][] foldOdd = new double[0][];
    private final double[] specRe;
    private final double[] specIm;

    FoldedAnalysis(int width) {
        this.width = width;
        this.specRe = new double[width];
        this.specIm = new double[width];
    }

    /** Sizes the fold buffers for a grid of {@code points} (allocates only when growing). */
    void prepare(int points) {
        int pairs = (points - 1) / 2;
        if (foldEven.length < pairs) {
            foldEven = new double[pairs][width];
            foldOdd = new double[pairs][width];
        }
    }

    /** {@code t[first + j][channel] = values[from + j]}, {@code j < len}: writes into a point-major copy. */
    static void scatter(double[] values, int from, double[][] t, int first, int channel, int len) {
        for (int j = 0; j < len; j++) {
            t[first + j][channel] = values[from + j];
        }
    }

    /**
     * Spectra of every channel of every sample, {@code xh[b*width + c][2k (+1)]}, from the
     * point-major copy {@code xT[b*s + j][c]}, folded ({@link DftTables#pairs()}): per sample and
     * mode, two {@link Kernels#combine} over the {@code (s-1)/2} folded rows, vectorised over the
     * channels.
     */
    void apply(double[][] xT, double[][] xh, int batch, DftTables tables) {
        int s = tables.points();
        int pairs = tables.pairs();
        int m = tables.modes();
        boolean even = s % 2 == 0;
        for (int b = 0; b < batch; b++) {
            int base = b * s;
            for (int j = 1; j <= pairs; j++) {
                double[] lo = xT[base + j];
                double[] hi = xT[base + s - j];
                double[] e = foldEven[j - 1];
                double[] o = foldOdd[j - 1];
                for (int c = 0; c < width; c++) {
                    e[c] = lo[c] + hi[c];
                }
                for (int c = 0; c < width; c++) {
                    o[c] = lo[c] - hi[c];
                }
            }
            for (int k = 0; k < m; k++) {
                System.arraycopy(xT[base], 0, specRe, 0, width);
                if (even) {
                    Kernels.axpy(specRe, width, k % 2 == 0 ? 1.0 : -1.0, xT[base + s / 2]);
                }
                Kernels.combine(specRe, width, tables.foldedCos(k), 0, 1, foldEven, 0, pairs);
                Arrays.fill(specIm, 0.0);
                Kernels.combine(specIm, width, tables.foldedSin(k), 0, 1, foldOdd, 0, pairs);
                for (int c = 0; c < width; c++) {
                    double[] row = xh[b * width + c];
                    row[2 * k] = specRe[c];
                    row[2 * k + 1] = -specIm[c];
                }
            }
        }
    }
}
