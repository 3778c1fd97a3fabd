package dev.jpde.operators;

import dev.jpde.linalg.Gemm;
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
 * <p>The passes compute exactly the network of {@link Fno1d} (see there), organised as dense
 * matrix products ({@link Gemm}: OpenBLAS {@code dgemm} where it loads, else {@link KernelsGemm}) on
 * per-sample blocks, {@code [channel][point]} row-major: per sample and Fourier layer, the spectrum
 * {@code Xhat = V A^T} ({@link DftTables}), the complex mode mixing ({@link SpectralMixer}), and
 * {@code Z = W V + Y G} (trunk and synthesis, two products into one block), then the bias and GELU
 * ({@link GeluKernel}) on the way out, tile by tile, keeping {@code gelu'} for the backward pass. The
 * lifting, {@code [W c] [a; x; 1]}, and the projection ({@link ProjectionHead}) are products too.
 * Backward runs the transposed products ({@code W^T g + Z G}, times the previous layer's {@code gelu'})
 * and accumulates the weight gradients {@code sum_j g[., j] v[., j]^T} as products straight into the
 * gradient buffers, sample after sample.
 *
 * <p>Every product operand is an array of its own, exactly the size of its block (one per sample and
 * activation): the OpenBLAS binding hands Java arrays to native code by copying them whole (JNI), so
 * blocks at offsets into one large array would cost a copy of all of it per call. And since an OpenBLAS
 * {@link Gemm} instance allocates a view whenever an operand array changes, each call site (product,
 * layer and sample) has its own instance, which then always sees the same arrays. Workspaces are sized
 * on the first call for a grid size and grow with the batch; later calls of the same size allocate
 * nothing. OpenBLAS runs its products on as many threads as it is set to (process-wide,
 * {@code MatrixProducts.setNativeThreads}; linalg starts it on one): {@link BatchParallel} also sets one,
 * its shards being the parallelism. A replica used alone should be run the same way: splitting its
 * per-sample products across threads was measured many times slower (see {@link BatchParallel}).
 *
 * <p>Summation order differs from PyTorch's (and from the layer-by-layer {@link Layer}
 * implementations), so results agree with them to rounding, ~1e-15 relative. Each sample's output
 * depends on that sample alone (the products are per sample, of fixed shapes).
 */
public final class Fno1dReplica {

    /** Points per tile of the elementwise epilogues. */
    static final int TILE = 256;

    /** Whether the products run on OpenBLAS (as decided once per JVM by {@code dev.jpde.linalg}). */
    static final boolean NATIVE = "openblas".equals(Gemm.create().name());

    /* Call sites, per sample: kind * layers + layer for the per-layer kinds, then the lifting and head. */
    private static final int FWD_ANALYSIS = 0;
    private static final int FWD_TRUNK = 1;
    private static final int FWD_SYNTH = 2;
    private static final int BWD_ANALYSIS = 3;
    private static final int BWD_WEIGHT = 4;
    private static final int BWD_TRUNK = 5;
    private static final int BWD_SYNTH = 6;
    private static final int LAYER_KINDS = 7;

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

    private final boolean nativeProducts;
    private final Gemm shared;
    private final int liftSite;
    private final int liftGradSite;
    private final int headSite;
    private final int headWeightSite;
    private final int headInputSite;
    private final int sites;
    /** {@code [b][site]}: one instance per call site with OpenBLAS, else the shared one. */
    private Gemm[][] gemms = new Gemm[0][];

    private final SpectralMixer mixer;
    private final ProjectionHead head;
    private final GeluKernel gelu = new GeluKernel(TILE);
    private final double[] acc0 = new double[TILE];
    private final double[] val0 = new double[TILE];
    private final double[] der0 = new double[TILE];
    /** {@code [W c]}, {@code width x 3}: the lifting as a matrix. */
    private final double[] liftMatrix;
    /** {@code width x 3}: the lifting's weight gradient, summed over the batch. */
    private final double[] liftGrad;

    private DftTables tables;
    private int sizedPoints = -1;
    private int sampleCapacity;
    private int batch = -1;
    private int points = -1;
    private boolean differentiable;
    private double[] gradOutput = new double[0];
    /** Per sample, {@code 3 x s}: the input {@code a}, the grid {@code x} and ones. */
    private double[][] lifted = new double[0][];
    /** {@code [l][b]}: the input of Fourier layer l, {@code width x s}. */
    private final double[][][] v;
    /** {@code [l][b]}: {@code gelu'(z_l)}, l < layers - 1. */
    private final double[][][] dg;
    /** {@code [b]}: the last Fourier layer's output. */
    private double[][] last = new double[0][];
    private double[][] hact = new double[0][];
    private double[][] dh = new double[0][];
    /** {@code [l & 1][b]}: {@code dL/dz_l} (and {@code dL/dv_0} in {@code [1]}). */
    private final double[][][] gz = new double[2][0][];
    /** {@code [l][b]}: spectra of the layer inputs, {@code width x 2m}. */
    private final double[][][] xhat;
    private double[][] ysyn = new double[0][];
    private double[][] ghat = new double[0][];
    private double[][] zsyn = new double[0][];
    /** {@code width x s}: a hidden layer's {@code z} before the activation. */
    private double[] z = new double[0];

    /**
     * @param ownGradients true: gradients go into buffers of this replica; false: into the
     *                     network's {@link Parameter#grad()} arrays
     */
    Fno1dReplica(Fno1d model, boolean ownGradients) {
        this(model, ownGradients, NATIVE);
    }

    /**
     * @param nativeProducts true: products by OpenBLAS (which must be available); false: by
     *                       {@link KernelsGemm}
     */
    Fno1dReplica(Fno1d model, boolean ownGradients, boolean nativeProducts) {
        if (nativeProducts && !NATIVE) {
            throw new IllegalStateException("OpenBLAS is not available");
        }
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
        this.nativeProducts = nativeProducts;
        this.shared = nativeProducts ? null : new KernelsGemm();
        int base = LAYER_KINDS * layers;
        this.liftSite = base;
        this.liftGradSite = base + 1;
        this.headSite = base + 2;
        this.headWeightSite = base + 3;
        this.headInputSite = base + 4;
        this.sites = base + 5;
        this.liftMatrix = new double[3 * width];
        this.liftGrad = new double[3 * width];
        this.v = new double[layers][0][];
        this.dg = new double[Math.max(layers - 1, 0)][0][];
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
        evaluate(a, out, batch, points, true);
    }

    /**
     * Evaluates the network for prediction only: as {@link #forward} (bitwise the same outputs), without
     * computing and keeping the derivatives that {@link #backward} needs, which then refuses to run.
     */
    public void predict(double[] a, double[] out, int batch, int points) {
        evaluate(a, out, batch, points, false);
    }

    private void evaluate(double[] a, double[] out, int batch, int points, boolean keep) {
        if (batch < 1 || points < 1 || a.length < (long) batch * points || out.length < (long) batch * points) {
            throw new IllegalArgumentException("need batch, points >= 1 and " + batch + " x " + points
                    + " inputs and outputs");
        }
        differentiable = false;
        prepare(batch, points);
        this.batch = batch;
        this.points = points;
        lift(a);
        for (int l = 0; l < layers; l++) {
            fourierLayer(l, keep);
        }
        for (int b = 0; b < batch; b++) {
            head.forward(gemms[b][headSite], last[b], hact[b], keep ? dh[b] : null, out, b * points);
        }
        differentiable = keep;
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
        double[][] top = gz[(layers - 1) & 1];
        for (int b = 0; b < batch; b++) {
            head.backward(gemms[b][headWeightSite], gemms[b][headInputSite], gradOut, b * points, last[b],
                    hact[b], dh[b], top[b]);
        }
        for (int l = layers - 1; l >= 0; l--) {
            fourierLayerBackward(l);
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
        if (points != sizedPoints) {
            tables = new DftTables(points, Math.min(modes, points / 2 + 1));
            head.prepare(points);
            z = new double[width * points];
            sizedPoints = points;
            sampleCapacity = 0;
            gemms = new Gemm[0][];
            lifted = new double[0][];
        }
        if (gradOutput.length < batch * points) {
            gradOutput = new double[batch * points];
        }
        if (batch > sampleCapacity) {
            int from = sampleCapacity;
            int trunk = width * points;
            int spectrum = width * 2 * tables.modes();
            for (int l = 0; l < layers; l++) {
                v[l] = perSample(v[l], from, batch, trunk);
                xhat[l] = perSample(xhat[l], from, batch, spectrum);
            }
            for (int l = 0; l < dg.length; l++) {
                dg[l] = perSample(dg[l], from, batch, trunk);
            }
            last = perSample(last, from, batch, trunk);
            hact = perSample(hact, from, batch, proj * points);
            dh = perSample(dh, from, batch, proj * points);
            gz[0] = perSample(gz[0], from, batch, trunk);
            gz[1] = perSample(gz[1], from, batch, trunk);
            ysyn = perSample(ysyn, from, batch, spectrum);
            ghat = perSample(ghat, from, batch, spectrum);
            zsyn = perSample(zsyn, from, batch, spectrum);
            lifted = perSample(lifted, from, batch, 3 * points);
            gemms = Arrays.copyOf(gemms, batch);
            for (int b = from; b < batch; b++) {
                for (int j = 0; j < points; j++) {
                    lifted[b][points + j] = Lifting.coordinate(j, points);
                }
                Arrays.fill(lifted[b], 2 * points, 3 * points, 1.0);
                gemms[b] = new Gemm[sites];
                for (int site = 0; site < sites; site++) {
                    gemms[b][site] = nativeProducts ? Gemm.create() : shared;
                }
            }
            sampleCapacity = batch;
        }
        mixer.prepare(tables.modes(), batch);
    }

    /** {@code old}, reallocated to {@code count} entries from {@code from} on (entries below kept). */
    private static double[][] perSample(double[][] old, int from, int count, int size) {
        double[][] a = Arrays.copyOf(old, count);
        for (int b = from; b < count; b++) {
            a[b] = new double[size];
        }
        return a;
    }

    private static int site(int kind, int layer, int layers) {
        return kind * layers + layer;
    }

    /** {@code v0 = [W c] [a; x; 1]} per sample. */
    private void lift(double[] a) {
        int s = points;
        for (int o = 0; o < width; o++) {
            liftMatrix[3 * o] = liftW[2 * o];
            liftMatrix[3 * o + 1] = liftW[2 * o + 1];
            liftMatrix[3 * o + 2] = liftB[o];
        }
        for (int b = 0; b < batch; b++) {
            System.arraycopy(a, b * s, lifted[b], 0, s);
            gemms[b][liftSite].gemm(false, false, width, s, 3, 1.0, liftMatrix, 0, 3, lifted[b], 0, s, 0.0,
                    v[0][b], 0, s);
        }
    }

    /**
     * Spectra {@code Xhat = V A^T}, mixing, {@code z = W v + Y G + b}, then gelu (and gelu') into the
     * next layer's input, or z kept as the last layer's output.
     */
    private void fourierLayer(int l, boolean keep) {
        int s = points;
        int w2 = 2 * tables.modes();
        double[] analysis = tables.analysis();
        double[] synthesis = tables.synthesis();
        for (int b = 0; b < batch; b++) {
            gemms[b][site(FWD_ANALYSIS, l, layers)].gemm(false, true, width, w2, s, 1.0, v[l][b], 0, s,
                    analysis, 0, s, 0.0, xhat[l][b], 0, w2);
        }
        mixer.forward(specR[l], xhat[l], batch, ysyn);
        boolean lastLayer = l == layers - 1;
        double[] c = pwB[l];
        for (int b = 0; b < batch; b++) {
            double[] target = lastLayer ? last[b] : z;
            gemms[b][site(FWD_TRUNK, l, layers)].gemm(false, false, width, s, width, 1.0, pwW[l], 0, width,
                    v[l][b], 0, s, 0.0, target, 0, s);
            gemms[b][site(FWD_SYNTH, l, layers)].gemm(false, false, width, s, w2, 1.0, ysyn[b], 0, w2,
                    synthesis, 0, s, 1.0, target, 0, s);
            if (lastLayer) {
                for (int o = 0; o < width; o++) {
                    Kernels.addScalar(target, o * s, s, c[o]);
                }
            } else {
                activate(c, v[l + 1][b], keep ? dg[l][b] : null);
            }
        }
    }

    /** {@code next = gelu(z + c)} and, unless {@code der} is null, {@code der = gelu'(z + c)}, by tiles. */
    private void activate(double[] c, double[] next, double[] der) {
        int s = points;
        for (int o = 0; o < width; o++) {
            for (int j0 = 0; j0 < s; j0 += TILE) {
                int len = Math.min(TILE, s - j0);
                int at = o * s + j0;
                System.arraycopy(z, at, acc0, 0, len);
                Kernels.addScalar(acc0, len, c[o]);
                gelu.apply(acc0, val0, der == null ? null : der0, len);
                System.arraycopy(val0, 0, next, at, len);
                if (der != null) {
                    System.arraycopy(der0, 0, der, at, len);
                }
            }
        }
    }

    /**
     * With {@code g = dL/dz_l}: the gradients of R_l ({@link SpectralMixer}), W_l ({@code += g v_l^T}) and
     * b_l, and {@code dL/dz_{l-1} = (W_l^T g + Z G) gelu'(z_{l-1})} (or {@code dL/dv_0} for l = 0).
     */
    private void fourierLayerBackward(int l) {
        int s = points;
        int w2 = 2 * tables.modes();
        double[] analysis = tables.analysis();
        double[] synthesis = tables.synthesis();
        double[][] g = gz[l & 1];
        double[][] next = gz[(l + 1) & 1];
        for (int b = 0; b < batch; b++) {
            gemms[b][site(BWD_ANALYSIS, l, layers)].gemm(false, true, width, w2, s, 1.0, g[b], 0, s,
                    analysis, 0, s, 0.0, ghat[b], 0, w2);
        }
        mixer.backward(specR[l], gSpecR[l], xhat[l], ghat, batch, zsyn, tables);
        double[] gc = gPwB[l];
        for (int b = 0; b < batch; b++) {
            gemms[b][site(BWD_WEIGHT, l, layers)].gemm(false, true, width, width, s, 1.0, g[b], 0, s,
                    v[l][b], 0, s, 1.0, gPwW[l], 0, width);
            for (int o = 0; o < width; o++) {
                gc[o] += Kernels.sum(g[b], o * s, s);
            }
            gemms[b][site(BWD_TRUNK, l, layers)].gemm(true, false, width, s, width, 1.0, pwW[l], 0, width,
                    g[b], 0, s, 0.0, next[b], 0, s);
            gemms[b][site(BWD_SYNTH, l, layers)].gemm(false, false, width, s, w2, 1.0, zsyn[b], 0, w2,
                    synthesis, 0, s, 1.0, next[b], 0, s);
            if (l > 0) {
                Kernels.multiplyInPlace(next[b], dg[l - 1][b], 0, width * s);
            }
        }
    }

    /** With {@code dL/dv_0}: the lifting's gradients ({@code += g [a; x; 1]^T}), and dL/da if wanted. */
    private void liftBackward(double[] gradA) {
        int s = points;
        double[][] g = gz[1];
        Arrays.fill(liftGrad, 0.0);
        for (int b = 0; b < batch; b++) {
            gemms[b][liftGradSite].gemm(false, true, width, 3, s, 1.0, g[b], 0, s, lifted[b], 0, s, 1.0,
                    liftGrad, 0, 3);
        }
        for (int o = 0; o < width; o++) {
            gLiftW[2 * o] += liftGrad[3 * o];
            gLiftW[2 * o + 1] += liftGrad[3 * o + 1];
            gLiftB[o] += liftGrad[3 * o + 2];
        }
        if (gradA != null) {
            Arrays.fill(gradA, 0, batch * s, 0.0);
            for (int b = 0; b < batch; b++) {
                double[] gb = g[b];
                for (int o = 0; o < width; o++) {
                    double w0 = liftW[2 * o];
                    int at = o * s;
                    for (int j = 0; j < s; j++) {
                        gradA[b * s + j] += w0 * gb[at + j];
                    }
                }
            }
        }
    }
}
