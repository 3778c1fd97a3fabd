package dev.jpde.core.fft;

import static dev.jpde.core.fft.NaiveDft.distance;
import static dev.jpde.core.fft.NaiveDft.norm;
import static dev.jpde.core.fft.NaiveDft.tolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 1-D real FFT in numpy's rfft layout: the n/2+1 non-negative-frequency bins of the complex DFT of real data,
 * with exactly real self-conjugate bins, and an inverse that recovers the data.
 */
class RealFftTest {
    private static final Fft FFT = Fft.jtransforms();

    private static double[] randomReal(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 12, 15, 16, 30, 48, 100, 125, 128, 512, 1000})
    void forwardIsTheHalfOfTheComplexSpectrum(int n) {
        double[] x = randomReal(n, 29L * n);
        double[] input = x.clone();
        RealFft plan = FFT.real(n);
        assertEquals(n, plan.size());
        assertEquals(n / 2 + 1, plan.spectrumSize());
        double[] half = new double[2 * plan.spectrumSize()];
        plan.forward(x, half);
        assertArrayEquals(input, x, 0.0, "forward must not modify its input");

        double[] full = NaiveDft.complexOf(x);
        FFT.complex(n).forward(full);
        double[] exact = NaiveDft.forward(NaiveDft.complexOf(x), n);
        int len = 2 * (n / 2 + 1);
        double scale = norm(exact);
        // both transforms are within tolerance(n) of the DFT in the 2-norm over all n bins
        double relToComplex = distance(half, full, len) / scale;
        double relToDft = distance(half, exact, len) / scale;
        assertTrue(relToComplex <= 2 * tolerance(n), () -> "n=" + n + ": differs from complex FFT by " + relToComplex);
        assertTrue(relToDft <= tolerance(n), () -> "n=" + n + ": differs from the DFT by " + relToDft);
        assertEquals(0.0, half[1], 0.0, "Im X_0 of real data is exactly 0");
        if (n % 2 == 0) {
            assertEquals(0.0, half[n + 1], 0.0, "Im of the Nyquist bin of real data is exactly 0");
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 12, 15, 16, 30, 48, 100, 125, 128, 512, 1000})
    void inverseUndoesForward(int n) {
        double[] x = randomReal(n, 31L * n);
        RealFft plan = FFT.real(n);
        double[] half = new double[2 * plan.spectrumSize()];
        plan.forward(x, half);
        double[] spectrumCopy = half.clone();
        double[] back = new double[n];
        plan.inverse(half, back);
        assertArrayEquals(spectrumCopy, half, 0.0, "inverse must not modify its input");
        double rel = distance(back, x, n) / norm(x);
        assertTrue(rel <= 2 * tolerance(n), () -> "n=" + n + ": round trip error " + rel);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 5, 12, 15, 128})
    void inverseIgnoresImaginaryPartsOfSelfConjugateBins(int n) {
        // numpy's irfft: Im X_0 and (n even) Im X_{n/2} cannot belong to real data and are ignored
        RealFft plan = FFT.real(n);
        double[] half = new double[2 * plan.spectrumSize()];
        plan.forward(randomReal(n, 37L * n), half);
        double[] clean = new double[n];
        plan.inverse(half, clean);
        half[1] = 123.0;
        if (n % 2 == 0) {
            half[n + 1] = -456.0;
        }
        double[] dirty = new double[n];
        plan.inverse(half, dirty);
        assertArrayEquals(clean, dirty, 0.0);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {3, 12, 15, 100, 512})
    void aPlanGivesIdenticalResultsOnEveryCall(int n) {
        RealFft plan = FFT.real(n);
        double[] x = randomReal(n, 41L * n);
        double[] first = new double[2 * plan.spectrumSize()];
        plan.forward(x, first);
        double[] scratch = new double[2 * plan.spectrumSize()];
        double[] otherOut = new double[n];
        plan.forward(randomReal(n, 43L * n), scratch);
        plan.inverse(scratch, otherOut);
        double[] second = new double[2 * plan.spectrumSize()];
        plan.forward(x, second);
        assertArrayEquals(first, second, 0.0, "forward must not depend on earlier calls");
        double[] back1 = new double[n];
        plan.inverse(first, back1);
        plan.inverse(scratch, otherOut);
        double[] back2 = new double[n];
        plan.inverse(first, back2);
        assertArrayEquals(back1, back2, 0.0, "inverse must not depend on earlier calls");
    }
}
