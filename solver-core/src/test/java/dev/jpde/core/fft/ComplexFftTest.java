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
 * The 1-D complex FFT is the DFT {@code X_k = sum_j x_j e^{-2 pi i jk/n}} (unscaled), its inverse divides by n,
 * and both hold to the rounding error of an FFT for even, odd, prime and non-power-of-two sizes.
 */
class ComplexFftTest {
    private static final Fft FFT = Fft.jtransforms();

    private static double[] randomComplex(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 12, 15, 16, 30, 48, 97, 100, 125, 128, 512, 1000})
    void forwardIsTheDft(int n) {
        double[] x = randomComplex(n, 11L * n);
        double[] exact = NaiveDft.forward(x, n);
        double[] fast = x.clone();
        ComplexFft plan = FFT.complex(n);
        assertEquals(n, plan.size());
        plan.forward(fast);
        double rel = distance(fast, exact, 2 * n) / norm(exact);
        assertTrue(rel <= tolerance(n), () -> "n=" + n + ": relative error " + rel + " > " + tolerance(n));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 12, 15, 16, 30, 48, 97, 100, 125, 128, 512, 1000})
    void inverseUndoesForward(int n) {
        double[] x = randomComplex(n, 13L * n);
        double[] y = x.clone();
        ComplexFft plan = FFT.complex(n);
        plan.forward(y);
        plan.inverse(y);
        // two transforms, each within tolerance(n) relative; the 1/n scaling is exact for powers of two and one
        // rounding otherwise
        double rel = distance(y, x, 2 * n) / norm(x);
        assertTrue(rel <= 2 * tolerance(n), () -> "n=" + n + ": round trip error " + rel);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 12, 15, 16, 30, 48, 97, 100, 125, 128, 512, 1000})
    void parseval(int n) {
        double[] x = randomComplex(n, 17L * n);
        double[] spectrum = x.clone();
        FFT.complex(n).forward(spectrum);
        double energy = norm(x) * norm(x);
        double spectral = norm(spectrum) * norm(spectrum) / n;
        // ||X_fft||^2 = ||X||^2 (1 + delta)^2 with |delta| <= tolerance(n); the sums add a few ulps
        assertEquals(energy, spectral, (2 * tolerance(n) + 4 * NaiveDft.EPS) * energy, "n=" + n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {3, 8, 15, 97, 100, 512})
    void aPlanGivesIdenticalResultsOnEveryCall(int n) {
        ComplexFft plan = FFT.complex(n);
        double[] x = randomComplex(n, 19L * n);
        double[] first = x.clone();
        plan.forward(first);
        double[] other = randomComplex(n, 23L * n);
        plan.forward(other);
        plan.inverse(other);
        double[] second = x.clone();
        plan.forward(second);
        assertArrayEquals(first, second, 0.0, "forward must not depend on earlier calls");
        double[] back1 = first.clone();
        plan.inverse(back1);
        plan.forward(other);
        double[] back2 = first.clone();
        plan.inverse(back2);
        assertArrayEquals(back1, back2, 0.0, "inverse must not depend on earlier calls");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 12, 97, 128})
    void aPureModeMapsToOneBin(int n) {
        // x_j = e^{2 pi i m j / n}  =>  X_k = n delta_{km}: checks the sign convention of the exponent directly
        int m = n / 2 - 1 > 0 ? n / 2 - 1 : 1;
        double[] x = new double[2 * n];
        for (int j = 0; j < n; j++) {
            double a = 2 * Math.PI * ((long) m * j % n) / n;
            x[2 * j] = Math.cos(a);
            x[2 * j + 1] = Math.sin(a);
        }
        FFT.complex(n).forward(x);
        for (int k = 0; k < n; k++) {
            double expected = k == m ? n : 0.0;
            assertEquals(expected, x[2 * k], tolerance(n) * n, "Re X_" + k);
            assertEquals(0.0, x[2 * k + 1], tolerance(n) * n, "Im X_" + k);
        }
    }
}
