package dev.jpde.operators;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An affine map of the channels applied independently at every grid point, PyTorch's
 * {@code Linear(in, out)} on channel-last data, {@code Conv1d(in, out, kernel_size=1)} or
 * {@code Conv2d(in, out, kernel_size=1)} (a 2-D grid being one flat run of points):
 * <pre>
 *   y[b, o, j] = sum_i W[o, i] x[b, i, j] + c[o]
 * </pre>
 * Backward: {@code dL/dx[b,i,j] = sum_o W[o,i] g[b,o,j]}, {@code dL/dW[o,i] += sum_{b,j} g[b,o,j] x[b,i,j]},
 * {@code dL/dc[o] += sum_{b,j} g[b,o,j]}, with {@code g = dL/dy}.
 *
 * <p>Parameters {@code weight} (shape {@code (out, in)} for a Linear, {@code (out, in, 1)} for a
 * Conv1d, {@code (out, in, 1, 1)} for a Conv2d; the flat layout is the same) and {@code bias} {@code (out)}. Initialisation is PyTorch's
 * default for both modules: every entry uniform on {@code [-1/sqrt(in), 1/sqrt(in))}.
 */
public final class PointwiseLinear implements Layer {

    private final int in;
    private final int out;
    private final Parameter weight;
    private final Parameter bias;

    /** {@code kernel}: the trailing unit axes of the weight's shape (none for a Linear). */
    private PointwiseLinear(int in, int out, int kernelAxes) {
        this.in = Checks.positive(in, "input channels");
        this.out = Checks.positive(out, "output channels");
        int[] shape = new int[2 + kernelAxes];
        Arrays.fill(shape, 1);
        shape[0] = out;
        shape[1] = in;
        this.weight = new Parameter("weight", false, shape);
        this.bias = new Parameter("bias", false, out);
    }

    /** A {@code torch.nn.Linear(in, out)} acting on the channels: weight shape {@code (out, in)}. */
    public static PointwiseLinear linear(int in, int out) {
        return new PointwiseLinear(in, out, 0);
    }

    /** A {@code torch.nn.Conv1d(in, out, 1)}: weight shape {@code (out, in, 1)}. */
    public static PointwiseLinear conv1x1(int in, int out) {
        return new PointwiseLinear(in, out, 1);
    }

    /** A {@code torch.nn.Conv2d(in, out, 1)}: weight shape {@code (out, in, 1, 1)}. */
    public static PointwiseLinear conv2d1x1(int in, int out) {
        return new PointwiseLinear(in, out, 2);
    }

    @Override
    public int inChannels() {
        return in;
    }

    @Override
    public int outChannels() {
        return out;
    }

    /** The weight {@code W[o, i]}. */
    public Parameter weight() {
        return weight;
    }

    /** The bias {@code c[o]}. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public void forward(double[] x, double[] y, int batch, int points) {
        Checks.sizes(this, x, y, batch, points);
        double[] w = weight.value();
        double[] c = bias.value();
        for (int b = 0; b < batch; b++) {
            int xb = b * in * points;
            for (int o = 0; o < out; o++) {
                int yo = (b * out + o) * points;
                double co = c[o];
                for (int j = 0; j < points; j++) {
                    y[yo + j] = co;
                }
                for (int i = 0; i < in; i++) {
                    double woi = w[o * in + i];
                    int xi = xb + i * points;
                    for (int j = 0; j < points; j++) {
                        y[yo + j] += woi * x[xi + j];
                    }
                }
            }
        }
    }

    @Override
    public void backward(double[] x, double[] g, double[] gradX, int batch, int points) {
        Checks.gradients(this, x, g, gradX, batch, points);
        double[] w = weight.value();
        double[] gw = weight.grad();
        double[] gc = bias.grad();
        for (int b = 0; b < batch; b++) {
            int xb = b * in * points;
            for (int o = 0; o < out; o++) {
                int go = (b * out + o) * points;
                double sum = 0.0;
                for (int j = 0; j < points; j++) {
                    sum += g[go + j];
                }
                gc[o] += sum;
                for (int i = 0; i < in; i++) {
                    int xi = xb + i * points;
                    double dot = 0.0;
                    for (int j = 0; j < points; j++) {
                        dot += g[go + j] * x[xi + j];
                    }
                    gw[o * in + i] += dot;
                }
            }
            if (gradX != null) {
                for (int i = 0; i < in; i++) {
                    int xi = xb + i * points;
                    for (int j = 0; j < points; j++) {
                        gradX[xi + j] = 0.0;
                    }
                    for (int o = 0; o < out; o++) {
                        double woi = w[o * in + i];
                        int go = (b * out + o) * points;
                        for (int j = 0; j < points; j++) {
                            gradX[xi + j] += woi * g[go + j];
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public void initialise(RandomGenerator rng) {
        double bound = 1.0 / Math.sqrt(in);
        fillUniform(weight.value(), -bound, bound, rng);
        fillUniform(bias.value(), -bound, bound, rng);
    }

    /** Fills {@code a} with independent draws, uniform on {@code [lo, hi)}. */
    static void fillUniform(double[] a, double lo, double hi, RandomGenerator rng) {
        for (int k = 0; k < a.length; k++) {
            a[k] = rng.nextDouble(lo, hi);
        }
    }
}
