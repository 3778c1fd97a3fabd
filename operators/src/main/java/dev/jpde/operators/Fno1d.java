package dev.jpde.operators;

import dev.jpde.core.fft.Fft;
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
 * <p>The network owns the parameters, held by its {@link #layers()} (which also evaluate it layer by
 * layer, as a reference). {@link #forward} and {@link #backward} run the fused, vectorised passes of
 * an {@link Fno1dReplica} that adds gradients into {@link Parameter#grad()}; {@link #replica()} makes
 * further evaluators with their own gradient buffers for batch-parallel training. Workspaces are
 * sized on the first call for a batch and grid size; later calls of the same size allocate nothing.
 * Not thread-safe (replicas may run concurrently while the parameters do not change).
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
    private final PointwiseLinear fc1;
    private final PointwiseLinear fc2;
    private final StateDict stateDict;

    private Fno1dReplica own;

    /**
     * A network with all parameters zero (see {@link #initialise}); {@code fft} serves the
     * layer-by-layer {@link SpectralConv1d} modules of {@link #layers()}.
     */
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
        this.stateDict = new StateDict(named);
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
        return stateDict.parameters();
    }

    /** The sub-modules by {@code state_dict} prefix ({@code "fc0"}, {@code "conv0"}, {@code "w0"}, ...). */
    public Map<String, Layer> layers() {
        return stateDict.layers();
    }

    /** Number of real parameters, complex ones counted twice: 549,569 for {@link Config#burgers()}. */
    public long parameterCount() {
        return stateDict.count();
    }

    /**
     * Draws every parameter from the reference initialisation, in {@code state_dict} order, from
     * one {@link SplittableRandom} seeded with {@code seed}: Linear / Conv1d weights and biases
     * uniform on {@code [-1/sqrt(fan_in), 1/sqrt(fan_in))}, spectral weights (real and imaginary
     * parts) uniform on {@code [0, 1/width^2)}.
     */
    public void initialise(long seed) {
        stateDict.initialise(seed);
    }

    /** Sets every parameter's accumulated gradient to zero. */
    public void zeroGrad() {
        stateDict.zeroGrad();
    }

    /**
     * A new evaluator with its own activations and gradient buffers that reads this network's
     * parameters; see {@link Fno1dReplica}. Replicas let several threads work on parts of a batch.
     */
    public Fno1dReplica replica() {
        return new Fno1dReplica(this, true);
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
        own().forward(a, out, batch, points);
    }

    /**
     * Differentiates the last {@link #forward}: adds {@code dL/dtheta} into every parameter's
     * gradient and, if {@code gradA} is not null, writes {@code dL/da} there.
     *
     * @param gradOut {@code dL/dout}, {@code batch * points} values of that forward pass, not modified
     * @param gradA   {@code batch * points} values or null
     */
    public void backward(double[] gradOut, double[] gradA) {
        own().backward(gradOut, gradA);
    }

    /**
     * One training evaluation: forward, the summed relative L2 loss against {@code target}
     * ({@link RelativeL2Loss}) and backward, adding the parameter gradients.
     *
     * @param out receives the prediction, {@code batch * points} values
     * @return the loss
     */
    public double lossAndGradient(double[] a, double[] target, double[] out, int batch, int points) {
        return own().lossAndGradient(a, target, out, batch, points);
    }

    /** The evaluator behind {@link #forward} and {@link #backward}, adding into {@link Parameter#grad()}. */
    private Fno1dReplica own() {
        if (own == null) {
            own = new Fno1dReplica(this, false);
        }
        return own;
    }
}
