package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.fft.ComplexFft;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2-D spectral convolution against PyTorch's definition written out with naive DFTs, against
 * finite differences, and on the Hermitian detail of the {@code c = 0} column.
 *
 * <p>Grids of the parametrised cases ({@code in, out, modes1, modes2, sx, sy}): blocks apart,
 * Nyquist row and column not kept (8 x 8, modes 3, 2); the Nyquist row {@code r = 4} and the Nyquist
 * column {@code c = 4} both kept (8 x 8, modes 4, 5); overlapping blocks, where weights2 wins on
 * rows 3 and 4, the Nyquist row included (8 x 6, modes1 5); odd grids (7 x 9, 5 x 4); every mode
 * kept (7 x 9, modes 4, 5); more modes2 than the grid holds (6 x 5, modes2 6).
 */
class SpectralConv2dTest {

    /** Random weights of order one (not the tiny initialisation), so every mode matters. */
    private static SpectralConv2d layer(int in, int out, int modes1, int modes2, int sx, int sy, long seed) {
        SpectralConv2d k = new SpectralConv2d(in, out, modes1, modes2, sx, sy);
        SplittableRandom rng = new SplittableRandom(seed);
        for (Parameter p : k.parameters()) {
            double[] r = GradientCheck.random(rng, p.size(), 1.0);
            System.arraycopy(r, 0, p.value(), 0, r.length);
        }
        return k;
    }

    /**
     * PyTorch's forward, written out independently of the layer: a naive rfft2 (O(n^4) per field),
     * the two slice assignments {@code out_ft[:, :, :m1, :m2] = X W1} then
     * {@code out_ft[:, :, -m1:, :m2] = X W2} in that order (slices clipped to the spectrum, as
     * numpy clips them), and numpy's two-pass irfft2: an inverse complex DFT along x, then irfft
     * along y, which uses only the real parts of the {@code c = 0} and Nyquist coefficients.
     */
    static double[] reference(SpectralConv2d k, double[] x, int batch) {
        int in = k.inChannels();
        int out = k.outChannels();
        int m1 = k.modes1();
        int m2 = k.modes2();
        int sx = k.sizeX();
        int sy = k.sizeY();
        int half = sy / 2 + 1;
        double[] w1 = k.weights1().value();
        double[] w2 = k.weights2().value();
        double[] y = new double[batch * out * sx * sy];
        for (int b = 0; b < batch; b++) {
            double[][][] xr = new double[in][sx][half];
            double[][][] xm = new double[in][sx][half];
            for (int i = 0; i < in; i++) {
                for (int r = 0; r < sx; r++) {
                    for (int c = 0; c < half; c++) {
                        for (int p = 0; p < sx; p++) {
                            for (int q = 0; q < sy; q++) {
                                double t = 2 * Math.PI * ((double) (r * p % sx) / sx + (double) (c * q % sy) / sy);
                                double v = x[((b * in + i) * sx + p) * sy + q];
                                xr[i][r][c] += v * Math.cos(t);
                                xm[i][r][c] -= v * Math.sin(t);
                            }
                        }
                    }
                }
            }
            for (int o = 0; o < out; o++) {
                double[][] fr = new double[sx][half];
                double[][] fm = new double[sx][half];
                for (int r = 0; r < Math.min(m1, sx); r++) {
                    mix(xr, xm, w1, r, r, o, k, fr, fm);
                }
                for (int a = 0; a < m1; a++) {
                    int r = sx - m1 + a;
                    if (r >= 0) {
                        mix(xr, xm, w2, r, a, o, k, fr, fm);
                    }
                }
                for (int p = 0; p < sx; p++) {
                    double[] tr = new double[half];
                    double[] tm = new double[half];
                    for (int c = 0; c < half; c++) {
                        for (int r = 0; r < sx; r++) {
                            double t = 2 * Math.PI * (r * p % sx) / sx;
                            tr[c] += (fr[r][c] * Math.cos(t) - fm[r][c] * Math.sin(t)) / sx;
                            tm[c] += (fr[r][c] * Math.sin(t) + fm[r][c] * Math.cos(t)) / sx;
                        }
                    }
                    for (int q = 0; q < sy; q++) {
                        double v = tr[0];
                        for (int c = 1; c < half; c++) {
                            double t = 2 * Math.PI * (c * q % sy) / sy;
                            if (2 * c == sy) {
                                v += tr[c] * Math.cos(t);
                            } else {
                                v += 2 * (tr[c] * Math.cos(t) - tm[c] * Math.sin(t));
                            }
                        }
                        y[((b * out + o) * sx + p) * sy + q] = v / sy;
                    }
                }
            }
        }
        return y;
    }

    /** out_ft[r, c] = sum_i X[i, r, c] W[i, o, row, c] for the columns c &lt; min(modes2, sy/2 + 1). */
    private static void mix(double[][][] xr, double[][][] xm, double[] w, int r, int row, int o,
                            SpectralConv2d k, double[][] fr, double[][] fm) {
        int out = k.outChannels();
        int m1 = k.modes1();
        int m2 = k.modes2();
        for (int c = 0; c < Math.min(m2, fr[0].length); c++) {
            double re = 0.0;
            double im = 0.0;
            for (int i = 0; i < xr.length; i++) {
                int at = 2 * ((((i * out + o) * m1 + row) * m2) + c);
                re += xr[i][r][c] * w[at] - xm[i][r][c] * w[at + 1];
                im += xr[i][r][c] * w[at + 1] + xm[i][r][c] * w[at];
            }
            fr[r][c] = re;
            fm[r][c] = im;
        }
    }

    private static double maxAbs(double[] a) {
        double m = 0.0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @ParameterizedTest(name = "in {0}, out {1}, modes ({2}, {3}), grid {4} x {5}")
    @CsvSource({"2, 3, 3, 2, 8, 8", "2, 2, 4, 5, 8, 8", "3, 2, 5, 3, 8, 6", "2, 2, 3, 3, 7, 9",
        "1, 2, 4, 5, 7, 9", "2, 3, 4, 2, 5, 4", "2, 2, 2, 6, 6, 5"})
    void forwardMatchesNaiveDfts(int in, int out, int modes1, int modes2, int sx, int sy) {
        SpectralConv2d k = layer(in, out, modes1, modes2, sx, sy, 1);
        double[] x = GradientCheck.random(new SplittableRandom(2), 2 * in * sx * sy, 1.0);
        double[] y = new double[2 * out * sx * sy];
        k.forward(x, y, 2, sx * sy);
        double[] expected = reference(k, x, 2);
        assertArrayEquals(expected, y, 1e-13 * maxAbs(expected));
    }

    /**
     * All modes kept ({@code 2 modes1 >= sx}, {@code modes2 = sy/2 + 1}) and weights
     * {@code R = delta_io} in both blocks: irfft2(rfft2(x)) = x. With {@code R = i delta_io}
     * instead, the {@code c = 0} and Nyquist columns of {@code i X} are anti-Hermitian, so their
     * Hermitian parts vanish: the output has zero mean along y on every row (and no Nyquist
     * component), which the naive two-pass irfft2 confirms.
     */
    @ParameterizedTest(name = "grid {0} x {1}")
    @CsvSource({"8, 8", "7, 9", "6, 5", "5, 6"})
    void allModesWithIdentityWeights(int sx, int sy) {
        int ch = 2;
        SpectralConv2d k = new SpectralConv2d(ch, ch, (sx + 1) / 2, sy / 2 + 1, sx, sy);
        double[] x = GradientCheck.random(new SplittableRandom(3), 2 * ch * sx * sy, 1.0);
        double[] y = new double[x.length];
        setDiagonal(k, 1.0, 0.0);
        k.forward(x, y, 2, sx * sy);
        assertArrayEquals(x, y, 1e-14);

        setDiagonal(k, 0.0, 1.0);
        k.forward(x, y, 2, sx * sy);
        assertArrayEquals(reference(k, x, 2), y, 1e-14);
        assertTrue(maxAbs(y) > 0.1, "the interior columns survive");
        for (int row = 0; row < 2 * ch * sx; row++) {
            double mean = 0.0;
            double alternating = 0.0;
            for (int q = 0; q < sy; q++) {
                mean += y[row * sy + q];
                alternating += (q % 2 == 0 ? 1 : -1) * y[row * sy + q];
            }
            assertEquals(0.0, mean, 1e-14, "row " + row + " has no c = 0 component");
            if (sy % 2 == 0) {
                assertEquals(0.0, alternating, 1e-14, "row " + row + " has no Nyquist component");
            }
        }
    }

    private static void setDiagonal(SpectralConv2d k, double re, double im) {
        int ch = k.inChannels();
        int modes = k.modes1() * k.modes2();
        for (Parameter p : k.parameters()) {
            double[] w = p.value();
            Arrays.fill(w, 0.0);
            for (int i = 0; i < ch; i++) {
                for (int n = 0; n < modes; n++) {
                    w[2 * ((i * ch + i) * modes + n)] = re;
                    w[2 * ((i * ch + i) * modes + n) + 1] = im;
                }
            }
        }
    }

    /**
     * Backward against finite differences, on the input and both weight tensors, at every grid of
     * the class comment. A backward pass that treated the {@code c = 0} column as the 1-D layer
     * treats its DC bin (dropping the imaginary part of the gradient there) fails on every grid,
     * since only the self-conjugate bins {@code r = 0, sx/2} have a real gradient.
     */
    @ParameterizedTest(name = "in {0}, out {1}, modes ({2}, {3}), grid {4} x {5}")
    @CsvSource({"2, 3, 3, 2, 8, 8", "2, 2, 4, 5, 8, 8", "3, 2, 5, 3, 8, 6", "2, 2, 3, 3, 7, 9",
        "1, 2, 4, 5, 7, 9", "2, 3, 4, 2, 5, 4", "2, 2, 2, 6, 6, 5"})
    void gradientsMatchFiniteDifferences(int in, int out, int modes1, int modes2, int sx, int sy) {
        double err = GradientCheck.assertLayerGradients(layer(in, out, modes1, modes2, sx, sy, 4), 2, sx * sy, 5);
        System.out.printf("SpectralConv2d %d x %d, modes (%d, %d): max relative FD gradient error %.2e%n",
                sx, sy, modes1, modes2, err);
    }

    /**
     * The imaginary part of the product at the self-conjugate bin (0, 0) is dropped by irfft2:
     * weights whose only non-zero entries are Im R[., ., 0, 0] give zero output and get exactly
     * zero gradient. At the bin (1, 0) the imaginary part is not dropped (it pairs with (-1, 0)):
     * the same weights there give a non-zero output.
     */
    @Test
    void imaginaryPartIsDroppedOnlyAtSelfConjugateBins() {
        int in = 2;
        int out = 2;
        int sx = 6;
        int sy = 4;
        SpectralConv2d k = new SpectralConv2d(in, out, 2, 2, sx, sy);
        double[] w1 = k.weights1().value();
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                w1[2 * ((i * out + o) * 4) + 1] = 1.0 + i + 2 * o;
            }
        }
        double[] x = GradientCheck.random(new SplittableRandom(6), 2 * in * sx * sy, 1.0);
        for (int j = 0; j < x.length; j++) {
            x[j] += 3.0;
        }
        double[] y = new double[2 * out * sx * sy];
        k.forward(x, y, 2, sx * sy);
        assertArrayEquals(new double[y.length], y, 1e-14);
        double[] g = GradientCheck.random(new SplittableRandom(7), y.length, 1.0);
        double[] gradX = new double[x.length];
        k.backward(x, g, gradX, 2, sx * sy);
        double[] gr = k.weights1().grad();
        double dcReal = 0.0;
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                int at = 2 * ((i * out + o) * 4);
                assertEquals(0.0, gr[at + 1], 0.0, "gradient of Im R[" + i + "," + o + ",0,0]");
                dcReal = Math.max(dcReal, Math.abs(gr[at]));
            }
        }
        assertTrue(dcReal > 1.0, "Re R[., ., 0, 0] has a gradient");
        assertArrayEquals(new double[x.length], gradX, 1e-14);
        DoubleSupplier loss = () -> {
            k.forward(x, y, 2, sx * sy);
            double sum = 0.0;
            for (int j = 0; j < y.length; j++) {
                sum += g[j] * y[j];
            }
            return sum;
        };
        GradientCheck.assertGradient("weights1", w1, gr.clone(), loss);

        Arrays.fill(w1, 0.0);
        w1[2 * 2 + 1] = 1.0;   // Im R[0, 0, 1, 0]
        k.forward(x, y, 2, sx * sy);
        assertTrue(maxAbs(y) > 0.1, "Im R at (1, 0) reaches the output: " + maxAbs(y));
    }

    /**
     * An {@code Fft} backend may assume a Hermitian half spectrum in its 2-D inverse (FFTW's c2r
     * does): this one reads the {@code c = 0} and Nyquist columns only on rows
     * {@code r <= sx/2} and mirrors them onto the others. The layer symmetrises those columns
     * itself, so forward and backward passes agree with the default backend's.
     */
    @ParameterizedTest(name = "grid {0} x {1}")
    @CsvSource({"8, 8", "7, 6", "6, 9"})
    void resultsDoNotDependOnHowTheBackendReadsSelfConjugateColumns(int sx, int sy) {
        SpectralConv2d plain = layer(2, 2, 3, sy / 2 + 1, sx, sy, 11);
        SpectralConv2d mirrored = new SpectralConv2d(2, 2, 3, sy / 2 + 1, sx, sy, new UpperHalfBackend());
        for (int p = 0; p < 2; p++) {
            double[] v = plain.parameters().get(p).value();
            System.arraycopy(v, 0, mirrored.parameters().get(p).value(), 0, v.length);
        }
        int n = 2 * 2 * sx * sy;
        double[] x = GradientCheck.random(new SplittableRandom(12), n, 1.0);
        double[] g = GradientCheck.random(new SplittableRandom(13), n, 1.0);
        double[] y1 = new double[n];
        double[] y2 = new double[n];
        plain.forward(x, y1, 2, sx * sy);
        mirrored.forward(x, y2, 2, sx * sy);
        assertArrayEquals(y1, y2, 1e-14);
        plain.backward(x, g, y1, 2, sx * sy);
        mirrored.backward(x, g, y2, 2, sx * sy);
        assertArrayEquals(y1, y2, 1e-14);
    }

    /** The default backend, except that its 2-D inverse reads self-conjugate columns on rows r &lt;= rows/2 only. */
    private static final class UpperHalfBackend implements Fft {
        private final Fft base = Fft.jtransforms();

        @Override
        public ComplexFft complex(int n) {
            return base.complex(n);
        }

        @Override
        public ComplexFft complex(int rows, int cols) {
            return base.complex(rows, cols);
        }

        @Override
        public RealFft real(int n) {
            return base.real(n);
        }

        @Override
        public RealFft real(int rows, int cols) {
            RealFft plan = base.real(rows, cols);
            int half = cols / 2 + 1;
            double[] copy = new double[2 * rows * half];
            return new RealFft() {
                @Override
                public int size() {
                    return plan.size();
                }

                @Override
                public int spectrumSize() {
                    return plan.spectrumSize();
                }

                @Override
                public void forward(double[] in, double[] spectrum) {
                    plan.forward(in, spectrum);
                }

                @Override
                public void inverse(double[] spectrum, double[] out) {
                    System.arraycopy(spectrum, 0, copy, 0, copy.length);
                    for (int c : cols % 2 == 0 ? new int[] {0, half - 1} : new int[] {0}) {
                        for (int r = rows / 2 + 1; r < rows; r++) {
                            copy[2 * (r * half + c)] = copy[2 * ((rows - r) * half + c)];
                            copy[2 * (r * half + c) + 1] = -copy[2 * ((rows - r) * half + c) + 1];
                        }
                    }
                    plan.inverse(copy, out);
                }
            };
        }
    }

    @Test
    void initialisationIsScaledUniformOnZeroOne() {
        SpectralConv2d k = new SpectralConv2d(32, 32, 12, 12, 94, 94);
        assertEquals(2, k.parameters().size());
        assertEquals("weights1", k.parameters().get(0).name());
        assertEquals("weights2", k.parameters().get(1).name());
        k.initialise(new SplittableRandom(8));
        double scale = 1.0 / 1024;
        for (Parameter p : k.parameters()) {
            assertArrayEquals(new int[] {32, 32, 12, 12, 2}, p.shape());
            assertTrue(p.isComplex());
            double mean = 0.0;
            for (double v : p.value()) {
                assertTrue(v >= 0.0 && v < scale);
                mean += v;
            }
            int n = p.size();
            assertEquals(scale / 2, mean / n, 4 * scale / Math.sqrt(12.0 * n));
        }
        assertTrue(k.weights1().value()[0] != k.weights2().value()[0], "independent draws");
    }

    @Test
    void rejectsAnotherGrid() {
        SpectralConv2d k = new SpectralConv2d(1, 1, 2, 2, 4, 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> k.forward(new double[25], new double[25], 1, 25));
        assertTrue(e.getMessage().contains("4 x 6"), e.getMessage());
    }

    /**
     * On a 16 x 8 grid. (The layer allocates nothing per call on any grid; JTransforms, the default
     * backend, allocates scratch inside its mixed-radix and Bluestein transforms for lengths that
     * are not powers of two, e.g. ~290 KB per 94 x 94 transform pair.)
     */
    @Test
    void secondCallAllocatesNothing() {
        SpectralConv2d k = layer(3, 3, 3, 3, 16, 8, 9);
        int points = 16 * 8;
        double[] x = GradientCheck.random(new SplittableRandom(10), 2 * 3 * points, 1.0);
        double[] y = new double[x.length];
        double[] gx = new double[x.length];
        Runnable step = () -> {
            k.forward(x, y, 2, points);
            k.backward(x, y, gx, 2, points);
        };
        step.run();
        assertEquals(0, Allocations.of(step));
        assertEquals(0, Allocations.of(() -> k.forward(x, y, 1, points)), "a smaller batch reuses the workspaces");
    }
}
