package dev.jpde.operators;

/**
 * The complex channel mixing of a spectral convolution on its retained modes, forward and adjoint,
 * shared by the layer-by-layer implementations {@link SpectralConv1d} and {@link SpectralConv2d}.
 * With {@code X} the input spectra, {@code G} the spectra of the upstream gradient (as
 * {@code dL/dRe + i dL/dIm}) and {@code R[i, o, n]} the weight of mode {@code n}:
 * <pre>
 *   Y[b, o, n]       = sum_i X[b, i, n] R[i, o, n]                forward
 *   dL/dR[i, o, n]  += w_n sum_b conj(X[b, i, n]) G[b, o, n]      weight gradient, w_n a per-mode scale
 *   Z[b, i, n]       = sum_o G[b, o, n] conj(R[i, o, n])          input adjoint
 * </pre>
 * (complex products; {@code Y} is holomorphic in {@code X} and {@code R}, hence the conjugates).
 * Spectra are interleaved complex with the mode index fastest: mode {@code n} of channel
 * {@code c} of sample {@code b} is at {@code ((b * C + c) * count + n) * 2}. The weight of
 * mode {@code n} between input {@code i} and output {@code o} is the pair at
 * {@code (i * out + o) * stride + offset_n} of the tensor assigned to {@code n} by {@link #set}:
 * several tensors (the two corner blocks of the 2-D layer) can share one mixing.
 *
 * <p>Sums run in the index order written above. Allocates nothing after construction.
 */
final class ModeMixing {

    private final int in;
    private final int out;
    private final int count;
    private final int stride;
    private final double[][] values;
    private final double[][] grads;
    private final int[] offsets;
    private final double[] scales;

    /**
     * @param in     input channels
     * @param out    output channels
     * @param count  number of retained modes
     * @param stride distance between the weights of consecutive {@code (i, o)} pairs in every tensor
     */
    ModeMixing(int in, int out, int count, int stride) {
        this.in = in;
        this.out = out;
        this.count = count;
        this.stride = stride;
        this.values = new double[count][];
        this.grads = new double[count][];
        this.offsets = new int[count];
        this.scales = new double[count];
    }

    /** Number of retained modes. */
    int count() {
        return count;
    }

    /**
     * Assigns mode {@code n} its weights: the pair at {@code offset} (plus the {@code (i, o)} stride)
     * of {@code weights}, whose gradient receives {@code gradientScale} times the accumulated sum.
     */
    void set(int n, Parameter weights, int offset, double gradientScale) {
        values[n] = weights.value();
        grads[n] = weights.grad();
        offsets[n] = offset;
        scales[n] = gradientScale;
    }

    /** {@code y = Y[b, o, n]} from {@code x = X[b, i, n]}, for {@code batch} samples. */
    void forward(double[] x, double[] y, int batch) {
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < out; o++) {
                int yo = ((b * out + o) * count) * 2;
                for (int n = 0; n < count; n++) {
                    double[] r = values[n];
                    double re = 0.0;
                    double im = 0.0;
                    for (int i = 0; i < in; i++) {
                        int xi = ((b * in + i) * count + n) * 2;
                        int ri = (i * out + o) * stride + offsets[n];
                        double xr = x[xi];
                        double xm = x[xi + 1];
                        double rr = r[ri];
                        double rm = r[ri + 1];
                        re += xr * rr - xm * rm;
                        im += xr * rm + xm * rr;
                    }
                    y[yo + 2 * n] = re;
                    y[yo + 2 * n + 1] = im;
                }
            }
        }
    }

    /** Adds {@code w_n sum_b conj(X[b, i, n]) G[b, o, n]} into the weight gradients. */
    void addWeightGradient(double[] x, double[] g, int batch) {
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                for (int n = 0; n < count; n++) {
                    double re = 0.0;
                    double im = 0.0;
                    for (int b = 0; b < batch; b++) {
                        int xi = ((b * in + i) * count + n) * 2;
                        int gi = ((b * out + o) * count + n) * 2;
                        double xr = x[xi];
                        double xm = x[xi + 1];
                        double gr = g[gi];
                        double gm = g[gi + 1];
                        re += xr * gr + xm * gm;
                        im += xr * gm - xm * gr;
                    }
                    int ri = (i * out + o) * stride + offsets[n];
                    grads[n][ri] += scales[n] * re;
                    grads[n][ri + 1] += scales[n] * im;
                }
            }
        }
    }

    /** {@code z = Z[b, i, n] = sum_o G[b, o, n] conj(R[i, o, n])}; {@code z} and {@code g} distinct. */
    void adjoint(double[] g, double[] z, int batch) {
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < in; i++) {
                int zi = ((b * in + i) * count) * 2;
                for (int n = 0; n < count; n++) {
                    double[] r = values[n];
                    double re = 0.0;
                    double im = 0.0;
                    for (int o = 0; o < out; o++) {
                        int gi = ((b * out + o) * count + n) * 2;
                        int ri = (i * out + o) * stride + offsets[n];
                        double gr = g[gi];
                        double gm = g[gi + 1];
                        double rr = r[ri];
                        double rm = r[ri + 1];
                        re += gr * rr + gm * rm;
                        im += gm * rr - gr * rm;
                    }
                    z[zi + 2 * n] = re;
                    z[zi + 2 * n + 1] = im;
                }
            }
        }
    }
}
