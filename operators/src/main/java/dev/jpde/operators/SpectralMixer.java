package dev.jpde.operators;

import java.util.Arrays;

/**
 * The complex channel mixing of the spectral convolution on the kept modes, forward and adjoint,
 * for the fused passes of {@link Fno1dReplica}. With {@code X[b,i,k]} the analysis of the input,
 * {@code R[i,o,k]} the weights and {@code G[b,o,k]} the analysis of the upstream gradient:
 * <pre>
 *   Y[b,o,k]       = sum_i X[b,i,k] R[i,o,k]                    (forward)
 *   dL/dR[i,o,k]  += (c_k/s) sum_b conj(X[b,i,k]) G[b,o,k]       (c_k/s from {@link DftTables#gradientWeight})
 *   Z[b,i,k]       = sum_o G[b,o,k] conj(R[i,o,k])               (synthesised into dL/dx)
 * </pre>
 * (see {@link SpectralConv1d} for the derivation). Spectra and the results for the synthesis are per
 * sample, row-major {@code channels x 2m}: {@code [b][channel * 2m + 2k + re/im]}.
 *
 * <p>Each real or imaginary part is one {@link Kernels#combine} over interleaved real and
 * imaginary rows, e.g. {@code Re Y[b,.,k] = sum_i (Re X R_re[i,.,k] - Im X R_im[i,.,k])} over the
 * rows {@code R_re[0,.,k], R_im[0,.,k], R_re[1,.,k], ...}; the weights and gradient spectra are
 * re-laid out per call into such mode-major rows. Not thread-safe; one per replica.
 */
final class SpectralMixer {

    private final int in;
    private final int out;
    private final int modes;
    private int m;
    private int batch;
    /** [k][2i + re/im] rows over o: R[i, ., k]. */
    private double[][][] weightRows = new double[0][][];
    /** [k][2o + re/im] rows over i: R[., o, k]. */
    private double[][][] adjointRows = new double[0][][];
    /** [k][2b + re/im] rows over o: G[b, ., k]. */
    private double[][][] gradientRows = new double[0][][];
    private double[] coefRe = new double[0];
    private double[] coefIm = new double[0];
    private final double[] re;
    private final double[] im;

    /**
     * @param in    input channels
     * @param out   output channels
     * @param modes the weights' mode extent (their third axis)
     */
    SpectralMixer(int in, int out, int modes) {
        this.in = in;
        this.out = out;
        this.modes = modes;
        this.re = new double[Math.max(in, out)];
        this.im = new double[Math.max(in, out)];
    }

    /** Sizes the workspaces for {@code kept} modes and {@code batch} samples (allocates only when growing). */
    void prepare(int kept, int batch) {
        if (kept != m) {
            m = kept;
            weightRows = new double[m][2 * in][out];
            adjointRows = new double[m][2 * out][in];
            this.batch = 0;
        }
        if (batch > this.batch) {
            gradientRows = new double[m][2 * batch][out];
            this.batch = batch;
        }
        int coefficients = 2 * Math.max(Math.max(in, out), batch);
        if (coefRe.length < coefficients) {
            coefRe = new double[coefficients];
            coefIm = new double[coefficients];
        }
    }

    /** {@code y[b][o*2m + 2k (+1)] = Re (Im) Y[b,o,k]} from the spectra {@code x[b][i*2m + 2k (+1)]} and weights {@code r}. */
    void forward(double[] r, double[][] x, int batch, double[][] y) {
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                int at = ((i * out + o) * modes) * 2;
                for (int k = 0; k < m; k++) {
                    weightRows[k][2 * i][o] = r[at + 2 * k];
                    weightRows[k][2 * i + 1][o] = r[at + 2 * k + 1];
                }
            }
        }
        int width = 2 * m;
        for (int b = 0; b < batch; b++) {
            double[] yb = y[b];
            for (int k = 0; k < m; k++) {
                double[] xb = x[b];
                for (int i = 0; i < in; i++) {
                    double xr = xb[i * width + 2 * k];
                    double xm = xb[i * width + 2 * k + 1];
                    coefRe[2 * i] = xr;
                    coefRe[2 * i + 1] = -xm;
                    coefIm[2 * i] = xm;
                    coefIm[2 * i + 1] = xr;
                }
                mix(weightRows[k], 2 * in, out, yb, width, 2 * k);
            }
        }
    }

    /**
     * Adds {@code dL/dR} into {@code gradR} (the weights' layout) and writes the synthesis
     * coefficients of {@code Z} into {@code z[b][i*2m + 2k (+1)]}.
     *
     * @param x the input spectra of the forward pass, {@code [b][i*2m + 2k (+1)]}
     * @param g the spectra of the upstream gradient, {@code [b][o*2m + 2k (+1)]}
     */
    void backward(double[] r, double[] gradR, double[][] x, double[][] g, int batch, double[][] z,
                  DftTables tables) {
        int width = 2 * m;
        for (int b = 0; b < batch; b++) {
            double[] gb = g[b];
            for (int o = 0; o < out; o++) {
                for (int k = 0; k < m; k++) {
                    gradientRows[k][2 * b][o] = gb[o * width + 2 * k];
                    gradientRows[k][2 * b + 1][o] = gb[o * width + 2 * k + 1];
                }
            }
        }
        // dL/dR[i, o, k] += w_k sum_b conj(X[b,i,k]) G[b,o,k]
        for (int i = 0; i < in; i++) {
            for (int k = 0; k < m; k++) {
                for (int b = 0; b < batch; b++) {
                    double xr = x[b][i * width + 2 * k];
                    double xm = x[b][i * width + 2 * k + 1];
                    coefRe[2 * b] = xr;
                    coefRe[2 * b + 1] = xm;
                    coefIm[2 * b] = -xm;
                    coefIm[2 * b + 1] = xr;
                }
                Arrays.fill(re, 0, out, 0.0);
                Arrays.fill(im, 0, out, 0.0);
                Kernels.combine(re, out, coefRe, 0, 1, gradientRows[k], 0, 2 * batch);
                Kernels.combine(im, out, coefIm, 0, 1, gradientRows[k], 0, 2 * batch);
                double w = tables.gradientWeight(k);
                for (int o = 0; o < out; o++) {
                    int at = ((i * out + o) * modes + k) * 2;
                    gradR[at] += w * re[o];
                    gradR[at + 1] += w * im[o];
                }
            }
        }
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                int at = ((i * out + o) * modes) * 2;
                for (int k = 0; k < m; k++) {
                    adjointRows[k][2 * o][i] = r[at + 2 * k];
                    adjointRows[k][2 * o + 1][i] = r[at + 2 * k + 1];
                }
            }
        }
        for (int b = 0; b < batch; b++) {
            double[] gb = g[b];
            for (int k = 0; k < m; k++) {
                for (int o = 0; o < out; o++) {
                    double gr = gb[o * width + 2 * k];
                    double gm = gb[o * width + 2 * k + 1];
                    coefRe[2 * o] = gr;
                    coefRe[2 * o + 1] = gm;
                    coefIm[2 * o] = gm;
                    coefIm[2 * o + 1] = -gr;
                }
                mix(adjointRows[k], 2 * out, in, z[b], width, 2 * k);
            }
        }
    }

    /** target[c*width + at (+1)] = sum_q coefRe (coefIm)[q] rows[q][c], c < n. */
    private void mix(double[][] rows, int count, int n, double[] target, int width, int at) {
        Arrays.fill(re, 0, n, 0.0);
        Arrays.fill(im, 0, n, 0.0);
        Kernels.combine(re, n, coefRe, 0, 1, rows, 0, count);
        Kernels.combine(im, n, coefIm, 0, 1, rows, 0, count);
        for (int c = 0; c < n; c++) {
            target[c * width + at] = re[c];
            target[c * width + at + 1] = im[c];
        }
    }
}
