package dev.jpde.operators;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The FNO lifting P: a {@code torch.nn.Linear(1 + d, width)} applied at every grid point to the
 * input value and its {@code d} grid coordinates, each coordinate being {@code linspace(0, 1, n)}
 * along its axis, endpoint 1 included (as the reference code does, although the data are periodic):
 * <pre>
 *   1-D, fourier_1d.py:  y[b, o, j] = W[o, 0] a[b, j] + W[o, 1] x_j + c[o],               x_j = j/(s-1)
 *   2-D, fourier_2d.py:  y[b, o, j] = W[o, 0] a[b, j] + W[o, 1] x_j + W[o, 2] y_j + c[o],
 *                        j = p sy + q,  x_j = p/(sx-1),  y_j = q/(sy-1)
 * </pre>
 * evaluated left to right as written. Input: one channel {@code a}; output: {@code width}
 * channels. Backward: {@code dL/da[b,j] = sum_o W[o,0] g[b,o,j]}, {@code dL/dW[o,0] += sum g[b,o,j] a[b,j]},
 * {@code dL/dW[o,1+k] += sum g[b,o,j] x^k_j} for each coordinate {@code x^k}, {@code dL/dc[o] += sum g[b,o,j]}.
 *
 * <p>Parameters {@code weight} {@code (width, 1 + d)} and {@code bias} {@code (width)}, initialised
 * uniform on {@code [-1/sqrt(1 + d), 1/sqrt(1 + d))} (PyTorch's default for that fan-in). The 1-D
 * lifting takes any number of points; the 2-D one is made for its {@code sx x sy} grid.
 */
public final class Lifting implements Layer {

    private final int width;
    private final int sx;
    private final int sy;
    private final int inputs;
    private final Parameter weight;
    private final Parameter bias;
    private final double[] coordinateSums;
    private double[][] grid;

    private Lifting(int width, int sx, int sy, int dims) {
        this.width = Checks.positive(width, "width");
        this.sx = sx;
        this.sy = sy;
        this.inputs = 1 + dims;
        this.weight = new Parameter("weight", false, width, inputs);
        this.bias = new Parameter("bias", false, width);
        this.coordinateSums = new double[dims];
        this.grid = new double[dims][0];
    }

    /** The 1-D lifting of {@code (a, x)} to {@code width} channels, on any grid. */
    public Lifting(int width) {
        this(width, 0, 0, 1);
    }

    /** The 2-D lifting of {@code (a, x, y)} to {@code width} channels on an {@code sx x sy} grid. */
    public static Lifting plane(int width, int sx, int sy) {
        return new Lifting(width, Checks.positive(sx, "sx"), Checks.positive(sy, "sy"), 2);
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
        double[][] x = grid(points);
        double[] w = weight.value();
        double[] c = bias.value();
        for (int b = 0; b < batch; b++) {
            int ab = b * points;
            for (int o = 0; o < width; o++) {
                int yo = (b * width + o) * points;
                double w0 = w[inputs * o];
                for (int j = 0; j < points; j++) {
                    y[yo + j] = w0 * a[ab + j];
                }
                for (int k = 1; k < inputs; k++) {
                    double wk = w[inputs * o + k];
                    double[] xk = x[k - 1];
                    for (int j = 0; j < points; j++) {
                        y[yo + j] += wk * xk[j];
                    }
                }
                double co = c[o];
                for (int j = 0; j < points; j++) {
                    y[yo + j] += co;
                }
            }
        }
    }

    @Override
    public void backward(double[] a, double[] g, double[] gradA, int batch, int points) {
        Checks.gradients(this, a, g, gradA, batch, points);
        double[][] x = grid(points);
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
                double s1 = 0.0;
                Arrays.fill(coordinateSums, 0.0);
                for (int j = 0; j < points; j++) {
                    double gj = g[go + j];
                    sa += gj * a[ab + j];
                    for (int k = 0; k < coordinateSums.length; k++) {
                        coordinateSums[k] += gj * x[k][j];
                    }
                    s1 += gj;
                }
                gw[inputs * o] += sa;
                for (int k = 1; k < inputs; k++) {
                    gw[inputs * o + k] += coordinateSums[k - 1];
                }
                gc[o] += s1;
                if (gradA != null) {
                    double w0 = w[inputs * o];
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
        double bound = 1.0 / Math.sqrt(inputs);
        PointwiseLinear.fillUniform(weight.value(), -bound, bound, rng);
        PointwiseLinear.fillUniform(bias.value(), -bound, bound, rng);
    }

    /** The coordinate channels for {@code points} grid points, made on the first call for that size. */
    private double[][] grid(int points) {
        if (sx > 0 && points != sx * sy) {
            throw new IllegalArgumentException("this lifting is made for " + sx + " x " + sy
                    + " = " + sx * sy + " points, got " + points);
        }
        if (grid[0].length != points) {
            double[][] g = new double[inputs - 1][points];
            for (int j = 0; j < points; j++) {
                if (sx > 0) {
                    g[0][j] = coordinate(j / sy, sx);
                    g[1][j] = coordinate(j % sy, sy);
                } else {
                    g[0][j] = coordinate(j, points);
                }
            }
            grid = g;
        }
        return grid;
    }
}
