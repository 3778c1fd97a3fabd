package dev.jpde.core.spectral;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;

/**
 * The dealiased Fourier coefficients of a product {@code u v} of two real fields by 3/2 zero padding.
 *
 * <p>Both half spectra (n/2+1 bins, numpy normalisation on n points) are zero-padded to M = 3n/2 points, transformed
 * back, multiplied, transformed forward and truncated. With numpy normalisation, values on the fine grid are the
 * coarse inverse times {@code M/n}, and the fine forward transform carries {@code n/M} back. The Nyquist bin of n
 * is dropped, which removes all aliasing of quadratic terms.
 */
public final class PaddedProduct {
    private final int n;
    private final int m;
    private final RealFft fine;
    private final double[] padA;
    private final double[] padB;
    private final double[] fa;
    private final double[] fb;

    /** @param n number of (even) coarse grid points, divisible by 2 */
    public PaddedProduct(int n, Fft backend) {
        if (n % 2 != 0) {
            throw new IllegalArgumentException("3/2 padding needs an even number of points, got " + n);
        }
        this.n = n;
        this.m = 3 * n / 2;
        this.fine = backend.real(m);
        this.padA = new double[2 * fine.spectrumSize()];
        this.padB = new double[2 * fine.spectrumSize()];
        this.fa = new double[m];
        this.fb = new double[m];
    }

    /** {@code out = dealiased FFT(u v)} from half spectra {@code uHat}, {@code vHat}; out may alias either. */
    public void multiply(double[] uHat, double[] vHat, double[] out) {
        pad(uHat, padA);
        fine.inverse(padA, fa);
        if (uHat == vHat) {
            System.arraycopy(fa, 0, fb, 0, m);
        } else {
            pad(vHat, padB);
            fine.inverse(padB, fb);
        }
        for (int j = 0; j < m; j++) {
            fa[j] *= fb[j];
        }
        fine.forward(fa, padA);
        double back = (double) n / m;
        int bins = n / 2;
        for (int j = 0; j < bins; j++) {
            out[2 * j] = back * padA[2 * j];
            out[2 * j + 1] = back * padA[2 * j + 1];
        }
        out[2 * bins] = 0;
        out[2 * bins + 1] = 0;
    }

    private void pad(double[] coarse, double[] padded) {
        java.util.Arrays.fill(padded, 0.0);
        double up = (double) m / n;
        for (int j = 0; j < n / 2; j++) {
            padded[2 * j] = up * coarse[2 * j];
            padded[2 * j + 1] = up * coarse[2 * j + 1];
        }
    }
}
