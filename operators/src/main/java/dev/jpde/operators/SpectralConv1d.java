package dev.jpde.operators;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The FNO Fourier integral operator K: a global convolution done in Fourier space, keeping the
 * lowest {@code modes} frequencies and mixing the channels by one complex matrix per frequency.
 * With {@code rfft} unscaled and {@code irfft} scaled by {@code 1/s} (numpy conventions):
 * <pre>
 *   X[b, i, k] = rfft(x[b, i, :])_k                               k = 0 .. m-1
 *   Y[b, o, k] = sum_i X[b, i, k] R[i, o, k]    (complex)          k &lt; m,  Y = 0 for k &ge; m
 *   y[b, o, :] = irfft(Y[b, o, :], s)
 * </pre>
 * where {@code m = min(modes, s/2 + 1)}. {@code irfft} reads only the real part of the DC bin
 * {@code k = 0} (and of the Nyquist bin {@code k = s/2}, even {@code s}): {@code R[., ., 0]} is
 * complex, so {@code Y[b, o, 0]} has an imaginary part that is discarded, exactly as
 * {@code torch.fft.irfft} does. The imaginary part is set to zero explicitly before the inverse.
 *
 * <p>Backward, writing {@code G = dL/dRe Y + i dL/dIm Y} and {@code c_k = 2} for bins with a
 * conjugate partner, {@code c_k = 1} for DC and Nyquist: the adjoint of {@code irfft} gives
 * {@code G_k = (c_k/s) rfft(g)_k} with {@code Im G_k = 0} for DC and Nyquist (the discarded
 * imaginary parts get no gradient); then {@code dL/dR[i,o,k] += sum_b conj(X[b,i,k]) G[b,o,k]},
 * and {@code dL/dx[b,i,:] = Re sum_k Z_k e^{2 pi i k j/s}} with {@code Z = sum_o G conj(R)}, which
 * is {@code irfft} of {@code (s/c_k) Z_k}: the factors cancel and
 * {@code dL/dx = irfft(sum_o rfft(g) conj(R))}.
 *
 * <p>The mode mixing and its adjoints are {@link ModeMixing}'s.
 *
 * <p>Parameter {@code weights1}, complex, shape {@code (in, out, modes, 2)} (PyTorch's name and
 * layout); initialised with real and imaginary parts each {@code U[0, 1) / (in * out)}.
 */
public final class SpectralConv1d implements Layer {

    private final int in;
    private final int out;
    private final int modes;
    private final Fft fft;
    private final Parameter weights;

    private RealFft plan;
    private ModeMixing mixing;
    private int planPoints = -1;
    private double[] line = new double[0];
    private double[] spectrum = new double[0];
    private double[] inverseInput = new double[0];
    private double[] xHat = new double[0];
    private double[] yHat = new double[0];

    /**
     * @param in    input channels
     * @param out   output channels
     * @param modes number of retained frequencies {@code k = 0 .. modes-1}
     * @param fft   the FFT backend
     */
    public SpectralConv1d(int in, int out, int modes, Fft fft) {
        this.in = Checks.positive(in, "input channels");
        this.out = Checks.positive(out, "output channels");
        this.modes = Checks.positive(modes, "modes");
        this.fft = fft;
        this.weights = new Parameter("weights1", true, in, out, modes, 2);
    }

    /** Uses the default FFT backend. */
    public SpectralConv1d(int in, int out, int modes) {
        this(in, out, modes, Fft.jtransforms());
    }

    @Override
    public int inChannels() {
        return in;
    }

    @Override
    public int outChannels() {
        return out;
    }

    /** Number of retained frequencies. */
    public int modes() {
        return modes;
    }

    /** The complex weights {@code R[i, o, k]}. */
    public Parameter weights() {
        return weights;
    }

    /** Frequencies actually used on a grid of {@code points}: {@code min(modes, points/2 + 1)}. */
    public int keptModes(int points) {
        return Math.min(modes, points / 2 + 1);
    }

    @Override
    public void forward(double[] x, double[] y, int batch, int points) {
        Checks.sizes(this, x, y, batch, points);
        int m = prepare(batch, points);
        transformInputs(x, batch, points, m);
        mixing.forward(xHat, yHat, batch);
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < out; o++) {
                inverse(yHat, ((b * out + o) * m) * 2, m, points, y, (b * out + o) * points);
            }
        }
    }

    @Override
    public void backward(double[] x, double[] g, double[] gradX, int batch, int points) {
        Checks.gradients(this, x, g, gradX, batch, points);
        int m = prepare(batch, points);
        transformInputs(x, batch, points, m);
        // H = rfft(g) on the kept modes, imaginary parts of DC / Nyquist dropped (no gradient flows there)
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < out; o++) {
                System.arraycopy(g, (b * out + o) * points, line, 0, points);
                plan.forward(line, spectrum);
                int yo = ((b * out + o) * m) * 2;
                System.arraycopy(spectrum, 0, yHat, yo, 2 * m);
                yHat[yo + 1] = 0.0;
                if (isNyquist(m - 1, points)) {
                    yHat[yo + 2 * (m - 1) + 1] = 0.0;
                }
            }
        }
        // dL/dR[i,o,k] += (c_k/s) sum_b conj(X[b,i,k]) H[b,o,k]
        mixing.addWeightGradient(xHat, yHat, batch);
        if (gradX == null) {
            return;
        }
        // dL/dx[b,i,:] = irfft(sum_o H[b,o,k] conj(R[i,o,k]))
        mixing.adjoint(yHat, xHat, batch);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < in; i++) {
                inverse(xHat, ((b * in + i) * m) * 2, m, points, gradX, (b * in + i) * points);
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights);
    }

    @Override
    public void initialise(RandomGenerator rng) {
        PointwiseLinear.fillUniform(weights.value(), 0.0, 1.0 / ((double) in * out), rng);
    }

    /** Plans and workspaces for this size; returns the number of kept modes. */
    private int prepare(int batch, int points) {
        if (points != planPoints) {
            plan = fft.real(points);
            planPoints = points;
            line = new double[points];
            spectrum = new double[2 * (points / 2 + 1)];
            inverseInput = new double[2 * (points / 2 + 1)];
            int kept = keptModes(points);
            mixing = new ModeMixing(in, out, kept, 2 * modes);
            for (int k = 0; k < kept; k++) {
                mixing.set(k, weights, 2 * k, (k == 0 || isNyquist(k, points) ? 1.0 : 2.0) / points);
            }
        }
        int m = keptModes(points);
        int need = batch * Math.max(in, out) * m * 2;
        if (xHat.length < need) {
            xHat = new double[need];
            yHat = new double[need];
        }
        return m;
    }

    /** xHat[b, i, k] = rfft(x[b, i, :])_k for k < m. */
    private void transformInputs(double[] x, int batch, int points, int m) {
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < in; i++) {
                System.arraycopy(x, (b * in + i) * points, line, 0, points);
                plan.forward(line, spectrum);
                System.arraycopy(spectrum, 0, xHat, ((b * in + i) * m) * 2, 2 * m);
            }
        }
    }

    /**
     * {@code target[at .. at+points) = irfft(c)} for the {@code m} bins {@code src[from ..]},
     * higher bins zero, imaginary parts of DC and Nyquist discarded.
     */
    private void inverse(double[] src, int from, int m, int points, double[] target, int at) {
        System.arraycopy(src, from, inverseInput, 0, 2 * m);
        inverseInput[1] = 0.0;
        if (isNyquist(m - 1, points)) {
            inverseInput[2 * (m - 1) + 1] = 0.0;
        }
        plan.inverse(inverseInput, line);
        System.arraycopy(line, 0, target, at, points);
    }

    private static boolean isNyquist(int k, int points) {
        return k > 0 && points % 2 == 0 && k == points / 2;
    }
}
