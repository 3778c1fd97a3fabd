package dev.jpde.operators;

/**
 * The truncated real Fourier transforms of the spectral convolution as dense tables, for a grid of
 * {@code s} points and {@code m} kept modes, each a row-major {@code 2m x s} matrix (one row per real
 * coefficient, {@code c = 2k} the real part and {@code 2k+1} the imaginary part of mode {@code k}), so
 * that both transforms of a block of channels are matrix products ({@link Fno1dReplica}).
 *
 * <p>Analysis (numpy's unscaled {@code rfft} restricted to {@code k < m}):
 * <pre>
 *   X[c] = sum_j A[c][j] x_j,     A[2k][j] = cos(2 pi k j/s),     A[2k+1][j] = -sin(2 pi k j/s),
 * </pre>
 * so the spectra of the channels {@code V} ({@code channels x s}) are {@code V A^T}. Synthesis
 * ({@code irfft} of a spectrum that is zero from mode {@code m} on, including its {@code 1/s}):
 * <pre>
 *   y_j = sum_c X[c] G[c][j],   G[2k][j] = a_k cos(2 pi k j/s)/s,   G[2k+1][j] = -a_k sin(2 pi k j/s)/s,
 * </pre>
 * with {@code a_k = 1} for {@code k = 0} and the Nyquist mode {@code k = s/2}, 2 otherwise; the sine
 * rows of those two modes vanish on the grid, which is exactly irfft's discarding of their imaginary
 * parts. Angles are reduced exactly ({@code r = k j mod s}) before {@link Math#cos}/{@link Math#sin}, and
 * the sines at {@code r = 0} and {@code r = s/2} are exactly zero.
 *
 * <p>With 16 of 513 modes at s = 1024 this is 32 multiply-adds per point and channel for each transform,
 * cheaper than an FFT of every channel and in the form of a dense product (spec fno.md section 5).
 */
final class DftTables {

    private final int points;
    private final int modes;
    private final double[] analysis;
    private final double[] synthesis;

    /**
     * @param points grid size {@code s >= 1}
     * @param modes  kept modes {@code m}, {@code 1 <= m <= s/2 + 1}
     */
    DftTables(int points, int modes) {
        if (modes < 1 || modes > points / 2 + 1) {
            throw new IllegalArgumentException("need 1 <= modes <= points/2 + 1, got " + modes + " for " + points);
        }
        this.points = points;
        this.modes = modes;
        double[] cos = new double[points];
        double[] sin = new double[points];
        for (int r = 0; r < points; r++) {
            double angle = 2.0 * Math.PI * r / points;
            cos[r] = Math.cos(angle);
            sin[r] = r == 0 || 2 * r == points ? 0.0 : Math.sin(angle);
        }
        this.analysis = new double[2 * modes * points];
        this.synthesis = new double[2 * modes * points];
        for (int k = 0; k < modes; k++) {
            double scale = (k == 0 || 2 * k == points ? 1.0 : 2.0) / points;
            int re = 2 * k * points;
            int im = re + points;
            for (int j = 0; j < points; j++) {
                int r = (int) ((long) k * j % points);
                analysis[re + j] = cos[r];
                analysis[im + j] = -sin[r];
                synthesis[re + j] = scale * cos[r];
                synthesis[im + j] = -scale * sin[r];
            }
        }
    }

    int points() {
        return points;
    }

    int modes() {
        return modes;
    }

    /** {@code A}, row-major {@code 2m x s}: {@code A[c*s + j]}. Live; not to be modified. */
    double[] analysis() {
        return analysis;
    }

    /** {@code G}, row-major {@code 2m x s}: {@code G[c*s + j]}. Live; not to be modified. */
    double[] synthesis() {
        return synthesis;
    }

    /**
     * The weight {@code c_k/s} with which a spectral coefficient's gradient enters the kernel
     * gradient: {@code 1/s} for DC and Nyquist, {@code 2/s} otherwise.
     */
    double gradientWeight(int k) {
        return (k == 0 || 2 * k == points ? 1.0 : 2.0) / points;
    }
}
