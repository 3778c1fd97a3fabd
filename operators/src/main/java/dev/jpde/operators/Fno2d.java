package dev.jpde.operators;

import dev.jpde.core.fft.Fft;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FNO-2d as in the reference {@code fourier_2d.py} (final version, Darcy flow): for a batch of
 * inputs {@code a(x_p, y_q)} on an {@code sx x sy} grid,
 * <pre>
 *   v_0     = pad(P(a, x, y))                         lifting, Linear(3 -> width), x, y = linspace(0, 1, .)
 *   z_l     = K_l v_l + W_l v_l                       l = 0 .. L-1, K spectral ({@link SpectralConv2d}), W Conv2d 1x1
 *   v_{l+1} = gelu(z_l)   (l &lt; L-1)                   exact-erf GELU, none after the last Fourier layer
 *   u       = Q2 gelu(Q1 crop(z_{L-1}))               Linear(width -> p), Linear(p -> 1)
 * </pre>
 * where {@code pad} appends {@code padding} zero rows and columns at the far ends of both axes
 * ({@code F.pad(v, [0, p, 0, p])}, for non-periodic data; the Fourier layers run on the padded
 * {@code (sx + p) x (sy + p)} grid) and {@code crop} removes them again. Input and output are
 * {@code (batch, sx, sy)} arrays, row-major (PyTorch's {@code (B, sx, sy, 1)}).
 *
 * <p>Parameters carry the reference model's {@code state_dict} keys in its registration order:
 * {@code fc0}, {@code conv0 .. conv{L-1}} (each {@code weights1}, {@code weights2}),
 * {@code w0 .. w{L-1}}, {@code fc1}, {@code fc2}. {@link #initialise} draws them as PyTorch's
 * defaults and {@code fourier_2d.py} do: Linear / Conv2d weights and biases uniform on
 * {@code [-1/sqrt(fan_in), 1/sqrt(fan_in))}, spectral weights uniform on {@code [0, 1/width^2)}.
 *
 * <p>Forward and backward run the {@link Layer}s of {@link #layers()} one after the other and keep
 * their activations: {@code 2L + 3} arrays of {@code batch * width * (sx+p)(sy+p)} doubles and a
 * few smaller ones, sized on the first call for a batch (growing only); later calls allocate
 * nothing here (the FFT backend may, see {@link SpectralConv2d}). Since the loss is a sum over
 * samples and {@link #backward} adds into the gradients, a large batch can be evaluated in chunks
 * with the same result. The grid is fixed at construction; the parameters do not depend on it, so
 * a model for another resolution is a new instance with the same parameter values. Not thread-safe.
 */
public final class Fno2d {

    /**
     * The architecture.
     *
     * @param modes1          rows per corner block of the spectral weights (frequencies along x)
     * @param modes2          retained frequencies along y
     * @param width           channels of the Fourier layers
     * @param layers          number of Fourier layers
     * @param projectionWidth hidden width of the projection Q
     * @param padding         zero rows and columns appended to both axes before the Fourier layers, {@code >= 0}
     */
    public record Config(int modes1, int modes2, int width, int layers, int projectionWidth, int padding) {
        public Config {
            Checks.positive(modes1, "modes1");
            Checks.positive(modes2, "modes2");
            Checks.positive(width, "width");
            Checks.positive(layers, "layers");
            Checks.positive(projectionWidth, "projectionWidth");
            if (padding < 0) {
                throw new IllegalArgumentException("padding must be >= 0, got " + padding);
            }
        }

        /**
         * The Darcy network of the paper and of {@code fourier_2d.py}: 12 x 12 modes, width 32,
         * 4 layers, head 128, padding 9 (the final reference pads the non-periodic Darcy data; the
         * paper-era code did not, see {@link #withPadding}). 2,368,001 parameters.
         */
        public static Config darcy() {
            return new Config(12, 12, 32, 4, 128, 9);
        }

        /** The same network with another padding (0 for periodic data). */
        public Config withPadding(int padding) {
            return new Config(modes1, modes2, width, layers, projectionWidth, padding);
        }
    }

    private final Config config;
    private final int sx;
    private final int sy;
    private final int points;
    private final int padded;
    private final GridPadding padding;
    private final Lifting fc0;
    private final SpectralConv2d[] conv;
    private final PointwiseLinear[] w;
    private final PointwiseLinear fc1;
    private final PointwiseLinear fc2;
    private final Gelu trunkGelu;
    private final Gelu headGelu;
    private final StateDict stateDict;

    private int capacity;
    private int batch = -1;
    private double[] input = new double[0];
    private double[][] v;
    private double[][] z;
    private double[] last = new double[0];
    private double[] hidden = new double[0];
    private double[] hiddenAct = new double[0];
    private double[] g = new double[0];
    private double[] gNext = new double[0];
    private double[] scratch = new double[0];
    private double[] gradOut = new double[0];

    /**
     * A network with all parameters zero (see {@link #initialise}) for inputs on an
     * {@code sx x sy} grid.
     *
     * @param fft the FFT backend of the spectral convolutions
     */
    public Fno2d(Config config, int sx, int sy, Fft fft) {
        this.config = config;
        this.sx = Checks.positive(sx, "sx");
        this.sy = Checks.positive(sy, "sy");
        this.points = sx * sy;
        this.padding = new GridPadding(sx, sy, config.padding());
        this.padded = padding.paddedPoints();
        int width = config.width();
        int layers = config.layers();
        this.fc0 = Lifting.plane(width, sx, sy);
        this.conv = new SpectralConv2d[layers];
        this.w = new PointwiseLinear[layers];
        for (int l = 0; l < layers; l++) {
            conv[l] = new SpectralConv2d(width, width, config.modes1(), config.modes2(),
                    sx + config.padding(), sy + config.padding(), fft);
            w[l] = PointwiseLinear.conv2d1x1(width, width);
        }
        this.fc1 = PointwiseLinear.linear(width, config.projectionWidth());
        this.fc2 = PointwiseLinear.linear(config.projectionWidth(), 1);
        this.trunkGelu = new Gelu(width);
        this.headGelu = new Gelu(config.projectionWidth());
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put("fc0", fc0);
        for (int l = 0; l < layers; l++) {
            named.put("conv" + l, conv[l]);
        }
        for (int l = 0; l < layers; l++) {
            named.put("w" + l, w[l]);
        }
        named.put("fc1", fc1);
        named.put("fc2", fc2);
        this.stateDict = new StateDict(named);
        this.v = new double[layers][0];
        this.z = new double[layers][0];
    }

    /** A network with all parameters zero, using the default FFT backend. */
    public Fno2d(Config config, int sx, int sy) {
        this(config, sx, sy, Fft.jtransforms());
    }

    /** The architecture. */
    public Config config() {
        return config;
    }

    /** Grid points along x. */
    public int sizeX() {
        return sx;
    }

    /** Grid points along y. */
    public int sizeY() {
        return sy;
    }

    /** Parameters by {@code state_dict} key ({@code "conv0.weights2"}, ...), in the reference order. */
    public Map<String, Parameter> parameters() {
        return stateDict.parameters();
    }

    /** The sub-modules by {@code state_dict} prefix ({@code "fc0"}, {@code "conv0"}, ..., {@code "w0"}, ...). */
    public Map<String, Layer> layers() {
        return stateDict.layers();
    }

    /** Number of real parameters, complex ones counted twice: 2,368,001 for {@link Config#darcy()}. */
    public long parameterCount() {
        return stateDict.count();
    }

    /** Draws every parameter from the reference initialisation, in key order, from one generator seeded with {@code seed}. */
    public void initialise(long seed) {
        stateDict.initialise(seed);
    }

    /** Sets every parameter's accumulated gradient to zero. */
    public void zeroGrad() {
        stateDict.zeroGrad();
    }

    /**
     * Evaluates the network and keeps the activations for {@link #backward}.
     *
     * @param a     inputs, {@code batch * sx * sy} values, not modified
     * @param out   outputs, {@code batch * sx * sy} values, overwritten
     * @param batch number of functions
     */
    public void forward(double[] a, double[] out, int batch) {
        check(a, "input", batch);
        check(out, "output", batch);
        ensure(batch);
        int width = config.width();
        int layers = config.layers();
        System.arraycopy(a, 0, input, 0, batch * points);
        fc0.forward(input, scratch, batch, points);
        padding.pad(scratch, v[0], batch * width);
        for (int l = 0; l < layers; l++) {
            conv[l].forward(v[l], z[l], batch, padded);
            w[l].forward(v[l], scratch, batch, padded);
            add(scratch, z[l], batch * width * padded);
            if (l < layers - 1) {
                trunkGelu.forward(z[l], v[l + 1], batch, padded);
            }
        }
        padding.crop(z[layers - 1], last, batch * width);
        fc1.forward(last, hidden, batch, points);
        headGelu.forward(hidden, hiddenAct, batch, points);
        fc2.forward(hiddenAct, out, batch, points);
        this.batch = batch;
    }

    /**
     * Differentiates the last {@link #forward}: adds {@code dL/dtheta} into every parameter's
     * gradient and, if {@code gradA} is not null, writes {@code dL/da} there.
     *
     * @param gradOut {@code dL/dout}, {@code batch * sx * sy} values of that forward pass, not modified
     * @param gradA   {@code batch * sx * sy} values or null
     */
    public void backward(double[] gradOut, double[] gradA) {
        if (batch < 0) {
            throw new IllegalStateException("backward needs a forward pass first");
        }
        check(gradOut, "output gradient", batch);
        if (gradA != null) {
            check(gradA, "input gradient", batch);
        }
        int width = config.width();
        int layers = config.layers();
        fc2.backward(hiddenAct, gradOut, scratch, batch, points);
        headGelu.backward(hidden, scratch, scratch, batch, points);
        fc1.backward(last, scratch, gNext, batch, points);
        padding.pad(gNext, g, batch * width);
        for (int l = layers - 1; l >= 0; l--) {
            if (l < layers - 1) {
                trunkGelu.backward(z[l], g, g, batch, padded);
            }
            conv[l].backward(v[l], g, gNext, batch, padded);
            w[l].backward(v[l], g, scratch, batch, padded);
            add(scratch, gNext, batch * width * padded);
            double[] t = g;
            g = gNext;
            gNext = t;
        }
        padding.crop(g, gNext, batch * width);
        fc0.backward(input, gNext, gradA, batch, points);
    }

    /**
     * One training evaluation: forward, the summed relative L2 loss against {@code target}
     * ({@link RelativeL2Loss}) and backward, adding the parameter gradients.
     *
     * @param out receives the prediction, {@code batch * sx * sy} values
     * @return the loss
     */
    public double lossAndGradient(double[] a, double[] target, double[] out, int batch) {
        forward(a, out, batch);
        double loss = RelativeL2Loss.valueAndGradient(out, target, gradOut, batch, points);
        backward(gradOut, null);
        return loss;
    }

    private void check(double[] x, String what, int batch) {
        if (batch < 1 || x.length < (long) batch * points) {
            throw new IllegalArgumentException(what + " holds " + x.length + " values, need batch ("
                    + batch + ", at least 1) x " + sx + " x " + sy);
        }
    }

    /** Sizes the activations for {@code batch} samples (allocates only when growing). */
    private void ensure(int batch) {
        if (batch <= capacity) {
            return;
        }
        int width = config.width();
        int trunk = batch * width * padded;
        int head = batch * Math.max(width, config.projectionWidth()) * points;
        input = new double[batch * points];
        for (int l = 0; l < config.layers(); l++) {
            v[l] = new double[trunk];
            z[l] = new double[trunk];
        }
        last = new double[batch * width * points];
        hidden = new double[batch * config.projectionWidth() * points];
        hiddenAct = new double[batch * config.projectionWidth() * points];
        g = new double[trunk];
        gNext = new double[Math.max(trunk, head)];
        scratch = new double[Math.max(trunk, head)];
        gradOut = new double[batch * points];
        capacity = batch;
        this.batch = -1;
    }

    private static void add(double[] from, double[] into, int n) {
        for (int k = 0; k < n; k++) {
            into[k] += from[k];
        }
    }
}
