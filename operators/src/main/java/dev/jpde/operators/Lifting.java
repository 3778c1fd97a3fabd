package dev.jpde.operators;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The FNO lifting P: a {@code torch.nn.Linear(2, width)} applied at every grid point to the pair
 * (input value, grid coordinate), the coordinate being {@code x_j = linspace(0, 1, s)[j] = j/(s-1)}
 * with the endpoint 1 included (as the reference code does, although the data are periodic):
 * <pre>
 *   y[b, o, j] = W[o, 0] a[b, j] + W[o, 1] x_j + c[o]
 * </pre>
 * Input: one channel {@code a}; output: {@code width} channels. Backward:
 * {@code dL/da[b,j] = sum_o W[o,0] g[b,o,j]}, {@code dL/dW[o,0] += sum g[b,o,j] a[b,j]},
 * {@code dL/dW[o,1] += sum g[b,o,j] x_j}, {@code dL/dc[o] += sum g[b,o,j]}.
 *
 * <p>Parameters {@code weight} {@code (width, 2)} and {@code bias} {@code (width)}, initialised
 * uniform on {@code [-1/sqrt 2, 1/sqrt 2)} (PyTorch's default for fan-in 2).
 */
public final class Lifting implements Layer {

    private final int width;
    private final Parameter weight;
    private final Parameter bias;
    private double[] grid = new double[0];

    /** Lifting to {@code width} channels. */
    public Lifting(int width) {
        this.width = Checks.positive(width, "width");
        this.weight = new Parameter("weight", false, width, 2);
        this.bias = new Parameter("bias", false, width);
    }

    /** {@code linspace(0, 1, points)}: {@code j / (points - 1)}, and {@code 0} for a single point. */
    public static double coordinate(int j, int points) {
        return points == 1 ? 0.0 : (double) j / (points - 1);
    }

    @Override
    public int inChannels() {
        return 1;
    }

    @Override
    public int outChannels() {
        return width;
    }

    @Override
    public void forward(double[] a, double[] y, int batch, int points) {
        Checks.sizes(this, a, y, batch, points);
        double[] x = grid(points);
        double[] w = weight.value();
        double[] c = bias.value();
        for (int b = 0; b < batch; b++) {
            int ab = b * points;
            for (int o = 0; o < width; o++) {
                int yo = (b * width + o) * points;
                double w0 = w[2 * o];
                double w1 = w[2 * o + 1];
                double co = c[o];
                for (int j = 0; j < points; j++) {
                    y[yo + j] = w0 * a[ab + j] + w1 * x[j] + co;
                }
            }
        }
    }

    @Override
    public void backward(double[] a, double[] g, double[] gradA, int batch, int points) {
        Checks.gradients(this, a, g, gradA, batch, points);
        double[] x = grid(points);
        double[] w = weight.value();
        double[] gw = weight.grad();
        double[] gc = bias.grad();
        for (int b = 0; b < batch; b++) {
            int ab = b * points;
            if (gradA != null) {
                for (int j = 0; j < points; j++) {
                    gradA[ab + j] = 0.0;
                }
            }
            for (int o = 0; o < width; o++) {
                int go = (b * width + o) * points;
                double sa = 0.0;
                double sx = 0.0;
                double s1 = 0.0;
                for (int j = 0; j < points; j++) {
                    double gj = g[go + j];
                    sa += gj * a[ab + j];
                    sx += gj * x[j];
                    s1 += gj;
                }
                gw[2 * o] += sa;
                gw[2 * o + 1] += sx;
                gc[o] += s1;
                if (gradA != null) {
                    double w0 = w[2 * o];
                    for (int j = 0; j < points; j++) {
                        gradA[ab + j] += w0 * g[go + j];
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
        double bound = 1.0 / Math.sqrt(2.0);
        PointwiseLinear.fillUniform(weight.value(), -bound, bound, rng);
        PointwiseLinear.fillUniform(bias.value(), -bound, bound, rng);
    }

    private double[] grid(int points) {
        if (grid.length != points) {
            grid = new double[points];
            for (int j = 0; j < points; j++) {
                grid[j] = coordinate(j, points);
            }
        }
        return grid;
    }
}
