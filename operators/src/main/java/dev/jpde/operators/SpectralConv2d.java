package dev.jpde.operators;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The 2-D FNO Fourier integral operator of the reference {@code fourier_2d.py}: on a grid of
 * {@code sx x sy} points (row-major, {@code y} fastest), with numpy's unscaled {@code rfft2} and
 * {@code irfft2} (which divides by {@code sx sy}):
 * <pre>
 *   X[b, i, r, c] = rfft2(x[b, i])[r, c]                   r &lt; sx, c &lt; sy/2 + 1
 *   Y[b, o, r, c] = sum_i X[b, i, r, c] R_rc[i, o]          on the kept modes, Y = 0 elsewhere
 *   y[b, o]       = irfft2(Y[b, o], (sx, sy))
 * </pre>
 * Kept are the columns {@code c < m2 = min(modes2, sy/2 + 1)} of two corner blocks of rows, as
 * PyTorch's {@code out_ft[:, :, :modes1, :modes2] = ...weights1} followed by
 * {@code out_ft[:, :, -modes1:, :modes2] = ...weights2}: row {@code r} takes
 * {@code R = weights2[., ., r - sx + modes1, c]} if {@code r >= sx - modes1} (the second
 * assignment wins where the blocks overlap, {@code 2 modes1 > sx}), otherwise
 * {@code weights1[., ., r, c]} if {@code r < modes1}; other rows are zero. (PyTorch rejects
 * {@code modes1 > sx} and {@code modes2 > sy/2 + 1}; this rule extends it to any grid.)
 *
 * <p>The Hermitian detail. {@code irfft2} is a complex inverse DFT along {@code x} followed by
 * {@code irfft} along {@code y}, which reads only the real part of the {@code c = 0} coefficient
 * (and of {@code c = sy/2}, even {@code sy}). For any half spectrum {@code V}, Hermitian or not,
 * <pre>
 *   irfft2(V)[p, q] = 1/(sx sy) sum_{r, c} a_c Re(V[r, c] e^{2 pi i (r p/sx + c q/sy)}),
 *   a_c = 1 for c = 0 and c = sy/2,  a_c = 2 otherwise,
 * </pre>
 * so in the {@code c = 0} (and Nyquist) column only the Hermitian part
 * {@code (V[r, c] + conj V[-r, c]) / 2} counts: the imaginary parts at the self-conjugate bins
 * {@code r = 0, sx/2} are dropped and the others are symmetrised, not dropped. Before each inverse
 * transform this layer replaces those columns by their Hermitian parts, which leaves the map above
 * unchanged and gives every {@code Fft} backend a valid Hermitian spectrum.
 *
 * <p>Backward, from the real-linear form above: the upstream gradient {@code g} enters as
 * {@code G = dL/dRe Y + i dL/dIm Y = (a_c/(sx sy)) rfft2(g)}, complex also at {@code c = 0}
 * (its imaginary part vanishes by itself at the self-conjugate bins); then
 * {@code dL/dR_rc[i, o] += sum_b conj(X[b, i, r, c]) G[b, o, r, c]} and
 * {@code dL/dx[b, i] = sum_{kept} Re(Z e^{i theta})} with {@code Z = sum_o G conj(R)}, which is
 * {@code irfft2} of {@code (sx sy / a_c) Z}: the factors cancel, and
 * {@code dL/dx = irfft2(sum_o rfft2(g) conj(R))} with the same symmetrisation. The mixing is
 * {@link ModeMixing}'s; the transforms are the {@link Fft} backend's {@code real(sx, sy)}.
 *
 * <p>Parameters {@code weights1} and {@code weights2}, complex, shape
 * {@code (in, out, modes1, modes2, 2)} (PyTorch's names and layout), each initialised with real and
 * imaginary parts {@code U[0, 1) / (in * out)}. The grid is fixed at construction: {@code points}
 * must be {@code sx * sy}. Workspaces grow with the batch; later calls allocate nothing in this
 * class (JTransforms, the default backend, allocates scratch inside its transforms of lengths
 * that are not powers of two).
 */
public final class SpectralConv2d implements Layer {

    private final int in;
    private final int out;
    private final int modes1;
    private final int modes2;
    private final int sx;
    private final int sy;
    private final int half;
    private final int keptColumns;
    private final int[] keptRows;
    private final Parameter weights1;
    private final Parameter weights2;
    private final RealFft plan;
    private final ModeMixing mixing;
    private final double[] field;
    private final double[] spectrum;
    private double[] xHat = new double[0];
    private double[] yHat = new double[0];

    /**
     * @param in     input channels
     * @param out    output channels
     * @param modes1 rows per corner block: frequencies {@code 0 .. modes1-1} and {@code -modes1 .. -1} along x
     * @param modes2 retained frequencies {@code 0 .. modes2-1} along y
     * @param sx     grid points along x (the slower axis)
     * @param sy     grid points along y (the faster, half-spectrum axis)
     * @param fft    the FFT backend
     */
    public SpectralConv2d(int in, int out, int modes1, int modes2, int sx, int sy, Fft fft) {
        this.in = Checks.positive(in, "input channels");
        this.out = Checks.positive(out, "output channels");
        this.modes1 = Checks.positive(modes1, "modes1");
        this.modes2 = Checks.positive(modes2, "modes2");
        this.sx = Checks.positive(sx, "sx");
        this.sy = Checks.positive(sy, "sy");
        this.half = sy / 2 + 1;
        this.keptColumns = Math.min(modes2, half);
        this.weights1 = new Parameter("weights1", true, in, out, modes1, modes2, 2);
        this.weights2 = new Parameter("weights2", true, in, out, modes1, modes2, 2);
        this.keptRows = IntStream.range(0, sx)
                .filter(r -> r < modes1 || r >= sx - modes1).toArray();
        this.mixing = new ModeMixing(in, out, keptRows.length * keptColumns, 2 * modes1 * modes2);
        for (int q = 0; q < keptRows.length; q++) {
            int r = keptRows[q];
            boolean second = r >= sx - modes1;
            Parameter w = second ? weights2 : weights1;
            int row = second ? r - sx + modes1 : r;
            for (int c = 0; c < keptColumns; c++) {
                double a = c == 0 || 2 * c == sy ? 1.0 : 2.0;
                mixing.set(q * keptColumns + c, w, 2 * (row * modes2 + c), a / ((double) sx * sy));
            }
        }
        this.plan = fft.real(sx, sy);
        this.field = new double[sx * sy];
        this.spectrum = new double[2 * sx * half];
    }

    /** Uses the default FFT backend. */
    public SpectralConv2d(int in, int out, int modes1, int modes2, int sx, int sy) {
        this(in, out, modes1, modes2, sx, sy, Fft.jtransforms());
    }

    @Override
    public int inChannels() {
        return in;
    }

    @Override
    public int outChannels() {
        return out;
    }

    /** Rows per corner block. */
    public int modes1() {
        return modes1;
    }

    /** Retained frequencies along y. */
    public int modes2() {
        return modes2;
    }

    /** Grid points along x. */
    public int sizeX() {
        return sx;
    }

    /** Grid points along y. */
    public int sizeY() {
        return sy;
    }

    /** The complex weights of the first block, rows {@code 0 .. modes1-1}. */
    public Parameter weights1() {
        return weights1;
    }

    /** The complex weights of the second block, rows {@code sx-modes1 .. sx-1}. */
    public Parameter weights2() {
        return weights2;
    }

    @Override
    public void forward(double[] x, double[] y, int batch, int points) {
        Checks.sizes(this, x, y, batch, points);
        checkGrid(points);
        ensure(batch);
        analyse(x, in, batch, xHat);
        mixing.forward(xHat, yHat, batch);
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < out; o++) {
                synthesise(yHat, b * out + o, y);
            }
        }
    }

    @Override
    public void backward(double[] x, double[] g, double[] gradX, int batch, int points) {
        Checks.gradients(this, x, g, gradX, batch, points);
        checkGrid(points);
        ensure(batch);
        analyse(x, in, batch, xHat);
        analyse(g, out, batch, yHat);
        mixing.addWeightGradient(xHat, yHat, batch);
        if (gradX == null) {
            return;
        }
        mixing.adjoint(yHat, xHat, batch);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < in; i++) {
                synthesise(xHat, b * in + i, gradX);
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights1, weights2);
    }

    @Override
    public void initialise(RandomGenerator rng) {
        double scale = 1.0 / ((double) in * out);
        PointwiseLinear.fillUniform(weights1.value(), 0.0, scale, rng);
        PointwiseLinear.fillUniform(weights2.value(), 0.0, scale, rng);
    }

    private void checkGrid(int points) {
        if (points != sx * sy) {
            throw new IllegalArgumentException("this layer is planned for " + sx + " x " + sy
                    + " = " + sx * sy + " points, got " + points);
        }
    }

    private void ensure(int batch) {
        int need = batch * Math.max(in, out) * mixing.count() * 2;
        if (xHat.length < need) {
            xHat = new double[need];
            yHat = new double[need];
        }
    }

    /** {@code target} = the kept coefficients of {@code rfft2} of each of the {@code batch * channels} fields of {@code src}. */
    private void analyse(double[] src, int channels, int batch, double[] target) {
        int n = sx * sy;
        int width = 2 * keptColumns;
        for (int f = 0; f < batch * channels; f++) {
            System.arraycopy(src, f * n, field, 0, n);
            plan.forward(field, spectrum);
            int at = f * mixing.count() * 2;
            for (int r : keptRows) {
                System.arraycopy(spectrum, 2 * r * half, target, at, width);
                at += width;
            }
        }
    }

    /**
     * Field {@code f} of {@code target} = irfft2 of the kept coefficients of spectrum {@code f} of
     * {@code src} (zero elsewhere), its {@code c = 0} and Nyquist columns made Hermitian first.
     */
    private void synthesise(double[] src, int f, double[] target) {
        Arrays.fill(spectrum, 0.0);
        int width = 2 * keptColumns;
        int at = f * mixing.count() * 2;
        for (int r : keptRows) {
            System.arraycopy(src, at, spectrum, 2 * r * half, width);
            at += width;
        }
        symmetrise(0);
        if (sy % 2 == 0 && keptColumns == half) {
            symmetrise(half - 1);
        }
        plan.inverse(spectrum, field);
        System.arraycopy(field, 0, target, f * sx * sy, sx * sy);
    }

    /** Column {@code c} of the spectrum becomes {@code (V[r, c] + conj V[-r, c]) / 2}: real at {@code r = 0, sx/2}. */
    private void symmetrise(int c) {
        for (int r = 0; r <= sx / 2; r++) {
            int p = (sx - r) % sx;
            int ir = 2 * (r * half + c);
            int ip = 2 * (p * half + c);
            if (p == r) {
                spectrum[ir + 1] = 0.0;
                continue;
            }
            double re = 0.5 * (spectrum[ir] + spectrum[ip]);
            double im = 0.5 * (spectrum[ir + 1] - spectrum[ip + 1]);
            spectrum[ir] = re;
            spectrum[ir + 1] = im;
            spectrum[ip] = re;
            spectrum[ip + 1] = -im;
        }
    }
}
