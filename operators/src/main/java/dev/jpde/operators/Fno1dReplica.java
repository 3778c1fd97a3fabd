package dev.jpde.operators;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evaluator of an {@link Fno1d}: the fused forward and backward passes, with its own activations,
 * workspaces and gradient buffers, reading (never writing) the network's parameter values.
 *
 * <p>Several replicas of one network may run concurrently on different threads, e.g. on the two
 * halves of a mini-batch, as long as nobody changes the parameters meanwhile; each then holds the
 * gradient of its own part ({@link #gradients()}), and the caller adds them up in a fixed order. A
 * replica is not itself thread-safe.
 *
 * <p>The passes compute exactly the network of {@link Fno1d} (see there), organised for speed:
 * each Fourier layer is one sweep over tiles of at most {@value #TILE} points per sample that
 * accumulates {@code b + W v} and the synthesis of the mixed spectrum {@code K v} in the same
 * accumulator and applies GELU ({@link GeluKernel}) on the way out, keeping {@code gelu'} for the
 * backward pass, and scattering the layer output into a point-major copy from which the next
 * layer's spectrum is computed ({@link FoldedAnalysis}); the synthesis is a dense product with
 * {@link DftTables}; all products are the vectorisable updates of {@link Kernels}. Backward runs the
 * same sweeps transposed, fusing {@code W^T g}, the synthesis of the adjoint spectrum and the
 * multiplication by the previous layer's {@code gelu'}, again with a point-major copy of the
 * gradient, which serves both its spectrum and the weight gradient
 * {@code sum_j g[., j] v[., j]^T}. Workspaces are sized on the first call for a batch and grid size
 * (growing only); later calls of the same size allocate nothing.
 *
 * <p>Summation order differs from PyTorch's (and from the layer-by-layer {@link Layer}
 * implementations), so results agree with them to rounding, ~1e-15 relative.
 */
public final class Fno1dReplica {

    /** Points per tile of the fused sweeps. */
    static final int TILE = 256;

    private final Fno1d model;
    private final int width;
    private final int proj;
    private final int layers;
    private final int modes;
    private final double[] liftW;
    private final double[] liftB;
    private final double[][] specR;
    private final double[][] pwW;
    private final double[][] pwB;
    private final Map<String, double[]> gradients;
    private final double[][] gradientArrays;
    private final double[] gLiftW;
    private final double[] gLiftB;
    private final double[][] gSpecR;
    private final double[][] gPwW;
    private final double[][] gPwB;

    private final SpectralMixer mixer;
    private final GeluKernel gelu = new GeluKernel(TILE);
    private final double[][] rows;
    private final double[] acc0 = new double[TILE];
    private final double[] val0 = new double[TILE];
    private final double[] der0 = new double[TILE];

    private DftTables tables;
    private int capacity;
    private int sampleCapacity;
    private int batch = -1;
    private int points = -1;
    private boolean differentiable;
    private double[] grid = new double[0];
    private double[] input = new double[0];
    private double[] gradOutput = new double[0];
    private double[][] v;
    private double[][] dg;
    private double[] last = new double[0];
    private double[] hact = new double[0];
    private double[] dh = new double[0];
    private double[] gz = new double[0];
    private double[] gzNext = new double[0];
    private double[][][] xhat;
    /** Point-major copies: rows {@code [b*s + j][channel]} of the current layer input (forward) or gradient (backward). */
    private double[][] inputT = new double[0][];
    private double[][] gradT = new double[0][];
    private double[][] gwT;
    private final FoldedAnalysis analysis;
    private final ProjectionHead head;
    private double[][] ghat = new double[0][];
    private double[][] ysyn = new double[0][];
    private double[][] zsyn = new double[0][];

    /**
     * @param ownGradients true: gradients go into buffers of this replica; false: into the
     *                     network's {@link Parameter#grad()} arrays
     */
    Fno1dReplica(Fno1d model, boolean ownGradients) {
        this.model = model;
        Fno1d.Config c = model.config();
        this.width = c.width();
        this.proj = c.projectionWidth();
        this.layers = c.layers();
        this.modes = c.modes();
        Map<String, Parameter> p = model.parameters();
        Map<String, double[]> g = new LinkedHashMap<>();
        p.forEach((key, param) -> g.put(key, ownGradients ? new double[param.size()] : param.grad()));
        this.gradients = Collections.unmodifiableMap(g);
        this.gradientArrays = g.values().toArray(double[][]::new);
        this.liftW = p.get("fc0.weight").value();
        this.liftB = p.get("fc0.bias").value();
        this.gLiftW = g.get("fc0.weight");
        this.gLiftB = g.get("fc0.bias");
        this.specR = new double[layers][];
        this.pwW = new double[layers][];
        this.pwB = new double[layers][];
        this.gSpecR = new double[layers][];
        this.gPwW = new double[layers][];
        this.gPwB = new double[layers][];
        for (int l = 0; l < layers; l++) {
            specR[l] = p.get("conv" + l + ".weights1").value();
            pwW[l] = p.get("w" + l + ".weight").value();
            pwB[l] = p.get("w" + l + ".bias").value();
            gSpecR[l] = g.get("conv" + l + ".weights1");
            gPwW[l] = g.get("w" + l + ".weight");
            gPwB[l] = g.get("w" + l + ".bias");
        }
        this.head = new ProjectionHead(width, proj, p.get("fc1.weight").value(), p.get("fc1.bias").value(),
                p.get("fc2.weight").value(), p.get("fc2.bias").value(), g.get("fc1.weight"), g.get("fc1.bias"),
                g.get("fc2.weight"), g.get("fc2.bias"));
        this.mixer = new SpectralMixer(width, width, modes);
        this.rows = new double[width][TILE];
        this.gwT = new double[width][width];
        this.analysis = new FoldedAnalysis(width);
        this.v = new double[layers][0];
        this.dg = new double[Math.max(layers - 1, 0)][0];
        this.xhat = new double[layers][0][];
    }

    /** The network whose parameters this replica reads. */
    public Fno1d model() {
        return model;
    }

    /**
     * The gradient buffers by {@code state_dict} key, in the network's parameter order and layout;
     * live arrays that {@link #backward} adds into.
     */
    public Map<String, double[]> gradients() {
        return gradients;
    }

    /** Sets this replica's gradient buffers to zero. */
    public void zeroGradients() {
        for (double[] g : gradientArrays) {
            Arrays.fill(g, 0.0);
        }
    }

    /**
     * Evaluates the network and keeps what {@link #backward} needs.
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
        differentiable = false;
        prepare(batch, points);
        this.batch = batch;
        this.points = points;
        System.arraycopy(a, 0, input, 0, batch * points);
        lift();
        for (int l = 0; l < layers; l++) {
            analysis.apply(inputT, xhat[l], batch, tables);
            mixer.forward(specR[l], xhat[l], batch, ysyn);
            fourierLayer(l);
        }
        head.forward(last, hact, dh, out, batch, points, tables);
        differentiable = true;
    }

    /**
     * Differentiates the last {@link #forward}: adds {@code dL/dtheta} into {@link #gradients()}
     * and, if {@code gradA} is not null, writes {@code dL/da} there.
     *
     * @param gradOut {@code dL/dout}, {@code batch * points} values, not modified
     * @param gradA   {@code batch * points} values or null
     */
    public void backward(double[] gradOut, double[] gradA) {
        if (!differentiable) {
            throw new IllegalStateException("backward needs a preceding forward");
        }
        int n = batch * points;
        if (gradOut.length < n || (gradA != null && gradA.length < n)) {
            throw new IllegalArgumentException("gradients need " + n + " values");
        }
        head.backward(gradOut, last, hact, dh, gz, gradT, batch, points, tables);
        for (int l = layers - 1; l >= 0; l--) {
            analysis.apply(gradT, ghat, batch, tables);
            mixer.backward(specR[l], gSpecR[l], xhat[l], ghat, batch, zsyn, tables);
            trunkWeightGradient(l);
            fourierLayerBackward(l);
            double[] swap = gz;
            gz = gzNext;
            gzNext = swap;
        }
        liftBackward(gradA);
    }

    /**
     * Forward, the summed relative L2 loss against {@code target} ({@link RelativeL2Loss}) and
     * backward, adding the parameter gradients into {@link #gradients()}.
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
        int kept = Math.min(modes, points / 2 + 1);
        if (tables == null || tables.points() != points) {
            tables = new DftTables(points, kept, TILE);
            grid = new double[points];
            for (int j = 0; j < points; j++) {
                grid[j] = Lifting.coordinate(j, points);
            }
            sampleCapacity = 0;
        }
        int n = batch * points;
        if (n > capacity || inputT.length < n) {
            inputT = new double[n][width];
            gradT = new double[n][width];
        }
        analysis.prepare(points);
        if (n > capacity) {
            int trunk = n * width;
            input = new double[n];
            gradOutput = new double[n];
            for (int l = 0; l < layers; l++) {
                v[l] = new double[trunk];
            }
            for (int l = 0; l < dg.length; l++) {
                dg[l] = new double[trunk];
            }
            last = new double[trunk];
            gz = new double[trunk];
            gzNext = new double[trunk];
            hact = new double[n * proj];
            dh = new double[n * proj];
            capacity = n;
        }
        if (batch > sampleCapacity) {
            int w2 = 2 * kept;
            for (int l = 0; l < layers; l++) {
                xhat[l] = new double[batch * width][w2];
            }
            ghat = new double[batch * width][w2];
            ysyn = new double[batch][width * w2];
            zsyn = new double[batch][width * w2];
            sampleCapacity = batch;
        }
        mixer.prepare(kept, batch);
    }

    /** v0[b, o, j] = W[o,0] a[b,j] + W[o,1] x_j + c[o]. */
    private void lift() {
        int s = points;
        for (int b = 0; b < batch; b++) {
            for (int o = 0; o < width; o++) {
                int at = (b * width + o) * s;
                double w0 = liftW[2 * o];
                double w1 = liftW[2 * o + 1];
                double c = liftB[o];
                double[] out = v[0];
                for (int j = 0; j < s; j++) {
                    double value = w0 * input[b * s + j] + w1 * grid[j] + c;
                    out[at + j] = value;
                    inputT[b * s + j][o] = value;
                }
            }
        }
    }

    /** z = W v + b + K v over tiles, then gelu (and gelu') into the next layer's input, or z kept. */
    private void fourierLayer(int l) {
        int s = points;
        int w2 = 2 * tables.modes();
        double[] x = v[l];
        double[] w = pwW[l];
        double[] c = pwB[l];
        for (int b = 0; b < batch; b++) {
            double[] ys = ysyn[b];
            for (int t = 0; t < tables.tiles(); t++) {
                int j0 = tables.tileStart(t);
                int len = tables.tileLength(t);
                double[][] g = tables.synthesis(t);
                Kernels.pack(x, b * width * s + j0, s, len, rows, width);
                for (int o = 0; o < width; o++) {
                    Arrays.fill(acc0, 0, len, c[o]);
                    Kernels.combine(acc0, len, w, o * width, 1, rows, 0, width);
                    Kernels.combine(acc0, len, ys, o * w2, 1, g, 0, w2);
                    emit(l, acc0, b, o, j0, len);
                }
            }
        }
    }

    private void emit(int l, double[] z, int b, int o, int j0, int len) {
        int at = (b * width + o) * points + j0;
        if (l == layers - 1) {
            System.arraycopy(z, 0, last, at, len);
        } else {
            gelu.apply(z, val0, der0, len);
            System.arraycopy(val0, 0, v[l + 1], at, len);
            System.arraycopy(der0, 0, dg[l], at, len);
            FoldedAnalysis.scatter(val0, 0, inputT, b * points + j0, o, len);
        }
    }


    /** With gz = dL/dz_l: gradients of W_l, b_l, R_l, and dL/dz_{l-1} (or dL/dv_0) into gzNext. */
    private void fourierLayerBackward(int l) {
        int s = points;
        int w2 = 2 * tables.modes();
        double[] w = pwW[l];
        for (int b = 0; b < batch; b++) {
            double[] zs = zsyn[b];
            for (int t = 0; t < tables.tiles(); t++) {
                int j0 = tables.tileStart(t);
                int len = tables.tileLength(t);
                double[][] g = tables.synthesis(t);
                Kernels.pack(gz, b * width * s + j0, s, len, rows, width);
                for (int i = 0; i < width; i++) {
                    Arrays.fill(acc0, 0, len, 0.0);
                    Kernels.combine(acc0, len, w, i, width, rows, 0, width);
                    Kernels.combine(acc0, len, zs, i * w2, 1, g, 0, w2);
                    emitGradient(l, acc0, b, i, j0, len);
                }
            }
        }
    }

    /**
     * With gz = dL/dz_l (flat and point-major): {@code dL/dW_l[o][i] += sum_{b,j} gz[b,o,j] v_l[b,i,j]},
     * accumulated transposed, {@code gwT[i][.] += sum_j v_l[b,i,j] gradT[b*s + j][.]} (a
     * {@link Kernels#combine} over the points, vectorised over the outputs), and the bias gradient.
     */
    private void trunkWeightGradient(int l) {
        int s = points;
        for (int i = 0; i < width; i++) {
            Arrays.fill(gwT[i], 0.0);
        }
        double[] x = v[l];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < width; i++) {
                Kernels.combine(gwT[i], width, x, (b * width + i) * s, 1, gradT, b * s, s);
            }
        }
        double[] gw = gPwW[l];
        double[] gc = gPwB[l];
        for (int o = 0; o < width; o++) {
            for (int i = 0; i < width; i++) {
                gw[o * width + i] += gwT[i][o];
            }
            double sum = 0.0;
            for (int b = 0; b < batch; b++) {
                sum += Kernels.sum(gz, (b * width + o) * s, s);
            }
            gc[o] += sum;
        }
    }

    private void emitGradient(int l, double[] acc, int b, int i, int j0, int len) {
        int at = (b * width + i) * points + j0;
        System.arraycopy(acc, 0, gzNext, at, len);
        if (l > 0) {
            Kernels.multiplyInPlace(gzNext, dg[l - 1], at, len);
            FoldedAnalysis.scatter(gzNext, at, gradT, b * points + j0, i, len);
        }
    }

    /** Gradients of the lifting from gz = dL/dv_0, and dL/da if wanted. */
    private void liftBackward(double[] gradA) {
        int s = points;
        for (int o = 0; o < width; o++) {
            double sa = 0.0;
            double sx = 0.0;
            double s1 = 0.0;
            for (int b = 0; b < batch; b++) {
                int at = (b * width + o) * s;
                sa += Kernels.dot(gz, at, input, b * s, s);
                sx += Kernels.dot(gz, at, grid, 0, s);
                s1 += Kernels.sum(gz, at, s);
            }
            gLiftW[2 * o] += sa;
            gLiftW[2 * o + 1] += sx;
            gLiftB[o] += s1;
        }
        if (gradA != null) {
            Arrays.fill(gradA, 0, batch * s, 0.0);
            for (int b = 0; b < batch; b++) {
                for (int o = 0; o < width; o++) {
                    double w0 = liftW[2 * o];
                    int at = (b * width + o) * s;
                    for (int j = 0; j < s; j++) {
                        gradA[b * s + j] += w0 * gz[at + j];
                    }
                }
            }
        }
    }

}
