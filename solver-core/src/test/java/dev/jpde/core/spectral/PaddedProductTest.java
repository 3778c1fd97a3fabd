package dev.jpde.core.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 3/2 zero padding gives the exact Fourier coefficients of {@code u v} for modes {@code |k| < n/2}, with the modes at
 * and beyond n/2 dropped instead of aliased, whenever u and v are trigonometric polynomials of degree below n/2.
 */
class PaddedProductTest {
    private static final Fft FFT = Fft.jtransforms();
    private static final double EPS = 0x1p-53;

    /** Degree n/2 - 1 each, so the exact product reaches n - 2, far beyond n/2. */
    private static TrigPoly u(int n) {
        int top = n / 2 - 1;
        return new TrigPoly().add(0, 0.3, 0).add(1, 1.0, -0.5).add(top - 1, 0.7, 0.2).add(top, -0.4, 0.9);
    }

    private static TrigPoly v(int n) {
        int top = n / 2 - 1;
        return new TrigPoly().add(0, -0.2, 0).add(2, 0.5, 0.5).add(top, 1.1, -0.3);
    }

    private static double[] halfSpectrum(double[] field) {
        RealFft plan = FFT.real(field.length);
        double[] s = new double[2 * plan.spectrumSize()];
        plan.forward(field, s);
        return s;
    }

    /**
     * Rounding bound: the padded inverse/forward pair on M = 3n/2 points errs by about u log2(M) relative to the
     * sizes involved, and |u v| <= |u|_1 |v|_1, so every bin (numpy scale n) is within
     * {@code 16 u log2(M) n |u|_1 |v|_1}.
     */
    private static double tolerance(int n, TrigPoly a, TrigPoly b) {
        return 16 * EPS * Math.log(1.5 * n) / Math.log(2) * n * a.l1() * b.l1();
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 16, 32, 64})
    void givesTheExactCoefficientsOfTheTruncatedProduct(int n) {
        TrigPoly a = u(n);
        TrigPoly b = v(n);
        double[] exact = a.times(b).truncatedHalfSpectrum(n);
        double[] out = new double[2 * (n / 2 + 1)];
        new PaddedProduct(n, FFT).multiply(halfSpectrum(a.sample(n)), halfSpectrum(b.sample(n)), out);
        assertArrayEquals(exact, out, tolerance(n, a, b));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 16, 32, 64})
    void theNaiveProductAliasesWhereThePaddedOneDoesNot(int n) {
        // The plain pseudo-spectral product folds mode n - 2 of u v onto mode 2 (and others): the comparison above is
        // therefore a real test of dealiasing, not of multiplication alone.
        TrigPoly a = u(n);
        TrigPoly b = v(n);
        double[] exact = a.times(b).truncatedHalfSpectrum(n);
        double[] uv = a.sample(n);
        double[] bv = b.sample(n);
        for (int j = 0; j < n; j++) {
            uv[j] *= bv[j];
        }
        double[] naive = halfSpectrum(uv);
        double worst = 0;
        for (int i = 0; i < exact.length; i++) {
            worst = Math.max(worst, Math.abs(naive[i] - exact[i]));
        }
        // The aliased mode n-2 has coefficient c_top(u) c_top(v) of size ~0.5: at numpy scale n it moves bin 2 by ~n/2.
        assertTrue(worst > 0.1 * n, "naive product should alias, worst bin difference " + worst);
    }

    @Test
    void squaringAndAliasedOutputAgreeWithTheGeneralProduct() {
        int n = 24;
        TrigPoly a = u(n);
        double[] exact = a.times(a).truncatedHalfSpectrum(n);
        double[] spec = halfSpectrum(a.sample(n));
        PaddedProduct product = new PaddedProduct(n, FFT);
        double[] squared = new double[spec.length];
        product.multiply(spec, spec, squared);
        assertArrayEquals(exact, squared, tolerance(n, a, a));
        double[] inPlace = spec.clone();
        product.multiply(inPlace, inPlace, inPlace);
        assertArrayEquals(squared, inPlace, 0.0, "out may alias the inputs");
        double[] again = new double[spec.length];
        product.multiply(spec, spec, again);
        assertArrayEquals(squared, again, 0.0, "second call identical");
    }

    @Test
    void oddSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PaddedProduct(15, FFT));
    }

    @Test
    void theNyquistBinOfTheProductIsZero() {
        int n = 16;
        double[] out = new double[2 * (n / 2 + 1)];
        double[] a = halfSpectrum(u(n).sample(n));
        new PaddedProduct(n, FFT).multiply(a, a, out);
        assertEquals(0.0, out[n], 0.0);
        assertEquals(0.0, out[n + 1], 0.0);
    }
}
