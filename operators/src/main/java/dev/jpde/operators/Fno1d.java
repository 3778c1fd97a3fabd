package dev.jpde.operators;

import dev.jpde.core.fft.Fft;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * FNO-1d as in the reference {@code fourier_1d.py} (final version): for a batch of inputs
 * {@code a(x_j)} on {@code s} points,
 * <pre>
 *   v_0     = P(a, x)                                  lifting, Linear(2 -> width), x = linspace(0, 1, s)
 *   z_l     = K_l v_l + W_l v_l                        l = 0 .. L-1, K spectral, W 1x1 convolution
 *   v_{l+1} = gelu(z_l)   (l &lt; L-1),   v_L = z_{L-1}   no activation after the last Fourier layer
 *   u       = Q2 gelu(Q1 v_L)                          Linear(width -> p), Linear(p -> 1)
 * </pre>
 * Input and output are {@code (batch, s)} arrays (PyTorch's {@code (B, s, 1)}). Parameters carry
 * the reference model's {@code state_dict} keys, in its order: {@code fc0}, then
 * {@code conv{l}.weights1} and {@code w{l}} per layer, then {@code fc1}, {@code fc2}.
 *
 * <p>{@link #forward} keeps the activations it needs; {@link #backward} then differentiates that
 * forward pass. Workspaces are sized on the first call for a batch and grid size; later calls of
 * the same size allocate nothing. Not thread-safe.
 */
public final class Fno1d {

    /**
     * The architecture.
     *
     * @param modes           retained Fourier modes {@code k = 0 .. modes-1}
     * @param width           channels of the Fourier layers
     * @param layers          number of Fourier layers
     * @param projectionWidth hidden width of the projection Q
     */
    public record Config(int modes, int width, int layers, int projectionWidth) {
        public Config {
            Checks.positive(modes, "modes");
            Checks.positive(width, "width");
            Checks.positive(layers, "layers");
            Checks.positive(projectionWidth, "projectionWidth");
        }

        /** The Burgers network of the paper and reference code: 16 modes, width 64, 4 layers, head 128. */
        public static Config burgers() {
            return new Config(16, 64, 4, 128);
        }
    }

    private final Config config;
    private final Lifting fc0;
    private final SpectralConv1d[] conv;
    private final PointwiseLinear[] w;
    private final Gelu trunkGelu;
    private final PointwiseLinear fc1;
    private final Gelu headGelu;
    private final PointwiseLinear fc2;
    private final Map<String, Parameter> parameters;
    private final Map<String, Layer> layers;

    private int batch = -1;
    private int points = -1;
    private int capacity = 0;
    private double[] input = new double[0];
    private double[][] v;
    private double[][] z;
    private double[] trunkTemp = new double[0];
    private double[] gradTrunk = new double[0];
    private double[] gradTrunkNext = new double[0];
    private double[] hidden = new double[0];
    private double[] hiddenActivated = new double[0];
    private double[] gradHidden = new double[0];
    private double[] gradOutput = new double[0];

    /** A network with all parameters zero (see {@link #initialise}), using {@code fft}. */
    public Fno1d(Config config, Fft fft) {
        this.config = config;
        int width = config.width();
        this.fc0 = new Lifting(width);
        this.conv = new SpectralConv1d[config.layers()];
        this.w = new PointwiseLinear[config.layers()];
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put("fc0", fc0);
        for (int l = 0; l < config.layers(); l++) {
            conv[l] = new SpectralConv1d(width, width, config.modes(), fft);
            w[l] = PointwiseLinear.conv1x1(width, width);
            named.put("conv" + l, conv[l]);
            named.put("w" + l, w[l]);
        }
        this.fc1 = PointwiseLinear.linear(width, config.projectionWidth());
        this.fc2 = PointwiseLinear.linear(config.projectionWidth(), 1);
        named.put("fc1", fc1);
        named.put("fc2", fc2);
        this.trunkGelu = new Gelu(width);
        this.headGelu = new Gelu(config.projectionWidth());
        this.layers = Collections.unmodifiableMap(named);
        Map<String, Parameter> params = new LinkedHashMap<>();
        named.forEach((prefix, layer) -> layer.parameters().forEach(p -> params.put(prefix + "." + p.name(), p)));
        this.parameters = Collections.unmodifiableMap(params);
        this.v = new double[config.layers()][0];
        this.z = new double[config.layers()][0];
    }

    /** A network with all parameters zero, using the default FFT backend. */
    public Fno1d(Config config) {
        this(config, Fft.jtransforms());
    }

    /** The architecture. */
    public Config config() {
        return config;
    }

    /** Parameters by {@code state_dict} key ({@code "conv0.weights1"}, ...), in the reference order. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** The sub-modules by {@code state_dict} prefix ({@code "fc0"}, {@code "conv0"}, {@code "w0"}, ...). */
    public Map<String, Layer> layers() {
        return layers;
    }

    /** Number of real parameters, complex ones counted twice: 549,569 for {@link Config#burgers()}. */
    public long parameterCount() {
        return parameters.values().stream().mapToLong(Parameter::size).sum();
    }

    /**
     * Draws every parameter from the reference initialisation, in {@code state_dict} order, from
     * one {@link SplittableRandom} seeded with {@code seed}: Linear / Conv1d weights and biases
     * uniform on {@code [-1/sqrt(fan_in), 1/sqrt(fan_in))}, spectral weights (real and imaginary
     * parts) uniform on {@code [0, 1/width^2)}.
     */
    public void initialise(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        layers.values().forEach(layer -> layer.initialise(rng));
    }

    /** Sets every parameter's accumulated gradient to zero. */
    public void zeroGrad() {
        parameters.values().forEach(Parameter::zeroGrad);
    }

    /**
     * Evaluates the network and keeps the activations for {@link #backward}.
     *
     * @param a      inputs, {@code batch * points} values, not modified
     * @param out    outputs, {@code batch * points} values, overwritten
     * @param batch  number of functions
     * @param points grid points
     */
    public void forward(double[] a, double[] out, int batch, int points) {
        if (batch < 1 || points < 1 || a.length < (long) batch * points || out.length < (long) batch * points) {
            throw new IllegalArgumentException("need batch, points >= 1 and " + batch + " x " + points
                    + " inputs and outputs");
        }
        prepare(batch, points);
        int n = batch * points;
        System.arraycopy(a, 0, input, 0, n);
        fc0.forward(input, v[0], batch, points);
        int last = config.layers() - 1;
        int trunk = n * config.width();
        for (int l = 0; l <= last; l++) {
            conv[l].forward(v[l], z[l], batch, points);
            w[l].forward(v[l], trunkTemp, batch, points);
            double[] zl = z[l];
            for (int k = 0; k < trunk; k++) {
                zl[k] += trunkTemp[k];
            }
            if (l < last) {
                trunkGelu.forward(zl, v[l + 1], batch, points);
            }
        }
        fc1.forward(z[last], hidden, batch, points);
        headGelu.forward(hidden, hiddenActivated, batch, points);
        fc2.forward(hiddenActivated, out, batch, points);
        this.batch = batch;
        this.points = points;
    }

    /**
     * Differentiates the last {@link #forward}: adds {@code dL/dtheta} into every parameter's
     * gradient and, if {@code gradA} is not null, writes {@code dL/da} there.
     *
     * @param gradOut {@code dL/dout}, {@code batch * points} values of that forward pass, not modified
     * @param gradA   {@code batch * points} values or null
     */
    public void backward(double[] gradOut, double[] gradA) {
        if (batch < 0) {
            throw new IllegalStateException("backward needs a preceding forward");
        }
        int n = batch * points;
        if (gradOut.length < n || (gradA != null && gradA.length < n)) {
            throw new IllegalArgumentException("gradients need " + n + " values");
        }
        int last = config.layers() - 1;
        int trunk = n * config.width();
        fc2.backward(hiddenActivated, gradOut, gradHidden, batch, points);
        headGelu.backward(hidden, gradHidden, gradHidden, batch, points);
        fc1.backward(z[last], gradHidden, gradTrunk, batch, points);
        for (int l = last; l >= 0; l--) {
            if (l < last) {
                trunkGelu.backward(z[l], gradTrunk, gradTrunk, batch, points);
            }
            conv[l].backward(v[l], gradTrunk, gradTrunkNext, batch, points);
            w[l].backward(v[l], gradTrunk, trunkTemp, batch, points);
            for (int k = 0; k < trunk; k++) {
                gradTrunkNext[k] += trunkTemp[k];
            }
            double[] swap = gradTrunk;
            gradTrunk = gradTrunkNext;
            gradTrunkNext = swap;
        }
        fc0.backward(input, gradTrunk, gradA, batch, points);
    }

    /**
     * One training evaluation: forward, the summed relative L2 loss against {@code target}
     * ({@link RelativeL2Loss}) and backward, adding the parameter gradients.
     *
     * @param out receives the prediction, {@code batch * points} values
     * @return the loss
     */
    public double lossAndGradient(double[] a, double[] target, double[] out, int batch, int points) {
        forward(a, out, batch, points);
        double loss = RelativeL2Loss.valueAndGradient(out, target, gradOutput, batch, points);
        backward(gradOutput, null);
        return loss;
    }

    private void prepare(int batch, int points) {
        int n = batch * points;
        if (n <= capacity) {
            return;
        }
        int trunk = n * config.width();
        int head = n * config.projectionWidth();
        input = new double[n];
        gradOutput = new double[n];
        for (int l = 0; l < config.layers(); l++) {
            v[l] = new double[trunk];
            z[l] = new double[trunk];
        }
        trunkTemp = new double[trunk];
        gradTrunk = new double[trunk];
        gradTrunkNext = new double[trunk];
        hidden = new double[head];
        hiddenActivated = new double[head];
        gradHidden = new double[head];
        capacity = n;
    }
}
