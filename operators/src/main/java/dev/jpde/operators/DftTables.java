package dev.jpde.operators;

/**
 * The truncated real Fourier transforms of the spectral convolution as dense tables, for a grid of
 * {@code s} points, {@code m} kept modes and a tiling of the grid into blocks of at most
 * {@code tile} points.
 *
 * <p>Analysis (numpy's unscaled {@code rfft} restricted to {@code k < m}), as {@code 2m} real
 * coefficients {@code c = 2k} (real part) and {@code 2k+1} (imaginary part):
 * <pre>
 *   X[2k] = sum_j x_j cos(2 pi k j/s),     X[2k+1] = -sum_j x_j sin(2 pi k j/s),
 * </pre>
 * evaluated folded ({@link #pairs()}, {@link #foldedCos}, {@link #foldedSin}; see
 * {@link FoldedAnalysis}). Synthesis ({@code irfft} of a spectrum
 * that is zero from mode {@code m} on, including its {@code 1/s}):
 * <pre>
 *   y_j = sum_c X[c] G[c][j],   G[2k][j] = a_k cos(2 pi k j/s)/s,   G[2k+1][j] = -a_k sin(2 pi k j/s)/s,
 * </pre>
 * with {@code a_k = 1} for {@code k = 0} and the Nyquist mode {@code k = s/2}, 2 otherwise; the
 * sine rows of those two modes vanish on the grid, which is exactly irfft's discarding of their
 * imaginary parts. Stored per tile: {@link #synthesis(int)}{@code [c][j - tileStart]}. Angles are
 * reduced exactly ({@code k j mod s}) before {@link Math#cos}/{@link Math#sin}.
 *
 * <p>With 16 of 513 modes at s = 1024 this is 32 multiply-adds per point for the synthesis and 16
 * for the folded analysis, comparable to an FFT and in the vectorisable form of {@link Kernels}
 * (spec fno.md section 5).
 */
final class DftTables {

    private final int points;
    private final int modes;
    private final int tile;
    private final double[][][] synthesis;
    private final double[][] foldedCos;
    private final double[][] foldedSin;

    /**
     * @param points grid size {@code s >= 1}
     * @param modes  kept modes {@code m}, {@code 1 <= m <= s/2 + 1}
     * @param tile   largest tile length
     */
    DftTables(int points, int modes, int tile) {
        if (modes < 1 || modes > points / 2 + 1) {
            throw new IllegalArgumentException("need 1 <= modes <= points/2 + 1, got " + modes + " for " + points);
        }
        this.points = points;
        this.modes = modes;
        this.tile = Checks.positive(tile, "tile");
        double[] cos = new double[points];
        double[] sin = new double[points];
        for (int r = 0; r < points; r++) {
            double angle = 2.0 * Math.PI * r / points;
            cos[r] = Math.cos(angle);
            sin[r] = Math.sin(angle);
        }
        int pairs = pairs();
        this.foldedCos = new double[modes][pairs];
        this.foldedSin = new double[modes][pairs];
        for (int k = 0; k < modes; k++) {
            for (int j = 1; j <= pairs; j++) {
                int r = (int) ((long) k * j % points);
                foldedCos[k][j - 1] = cos[r];
                foldedSin[k][j - 1] = r == 0 || 2 * k == points ? 0.0 : sin[r];
            }
        }
        int tiles = tiles();
        this.synthesis = new double[tiles][2 * modes][];
        for (int t = 0; t < tiles; t++) {
            int start = t * tile;
            int len = Math.min(tile, points - start);
            for (int k = 0; k < modes; k++) {
                double scale = (k == 0 || 2 * k == points ? 1.0 : 2.0) / points;
                double[] re = new double[len];
                double[] im = new double[len];
                for (int j = 0; j < len; j++) {
                    int r = (int) ((long) k * (start + j) % points);
                    re[j] = scale * cos[r];
                    im[j] = k == 0 || 2 * k == points || r == 0 ? 0.0 : -scale * sin[r];
                }
                synthesis[t][2 * k] = re;
                synthesis[t][2 * k + 1] = im;
            }
        }
    }

    int points() {
        return points;
    }

    int modes() {
        return modes;
    }

    /** Number of tiles, {@code ceil(points / tile)}. */
    int tiles() {
        return (points + tile - 1) / tile;
    }

    /** First point of tile {@code t}. */
    int tileStart(int t) {
        return t * tile;
    }

    /** Points in tile {@code t}. */
    int tileLength(int t) {
        return Math.min(tile, points - t * tile);
    }

    /**
     * Points {@code j = 1 .. P} that have a distinct partner {@code s - j}: {@code P = (s-1)/2}. The
     * analysis of a real row can be folded, with {@code e_j = x_j + x_{s-j}} and
     * {@code o_j = x_j - x_{s-j}}:
     * <pre>
     *   X[2k]   = x_0 + sum_{j=1}^{P} cos(2 pi k j/s) e_j + (s even) (-1)^k x_{s/2},
     *   X[2k+1] = -sum_{j=1}^{P} sin(2 pi k j/s) o_j,
     * </pre>
     * half the multiply-adds of the plain sum.
     */
    int pairs() {
        return (points - 1) / 2;
    }

    /** {@code cos(2 pi k j/s)} for {@code j = 1 .. P} (index {@code j - 1}). */
    double[] foldedCos(int k) {
        return foldedCos[k];
    }

    /** {@code sin(2 pi k j/s)} for {@code j = 1 .. P} (index {@code j - 1}); zero rows for DC and Nyquist. */
    double[] foldedSin(int k) {
        return foldedSin[k];
    }

    /** {@code [c][j]}: the synthesis rows over the points of tile {@code t}. */
    double[][] synthesis(int t) {
        return synthesis[t];
    }

    /**
     * The weight {@code c_k/s} with which a spectral coefficient's gradient enters the kernel
     * gradient: {@code 1/s} for DC and Nyquist, {@code 2/s} otherwise.
     */
    double gradientWeight(int k) {
        return (k == 0 || 2 * k == points ? 1.0 : 2.0) / points;
    }
}
