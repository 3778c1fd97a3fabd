package dev.jpde.fft.fftw;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.fft.ComplexFft;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The FFTW backend agrees with the JTransforms backend (an independent implementation) to rounding. */
class FftwFftTest {
    private final Fft fftw = new FftwFft();
    private final Fft reference = Fft.jtransforms();

    private static double[] random(int len, long seed) {
        Random r = new Random(seed);
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = r.nextGaussian();
        }
        return a;
    }

    private static void assertClose(double[] expected, double[] actual, int len, double scale, String what) {
        double err = 0;
        for (int i = 0; i < len; i++) {
            err = Math.max(err, Math.abs(expected[i] - actual[i]));
        }
        // FFT rounding grows like log n; 1e-13 relative to the data scale leaves a wide margin above 1e-16 * log n
        assertTrue(err <= 1e-13 * scale, what + ": max difference " + err);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 12, 15, 100, 128, 512, 1000})
    void complexTransformsAgreeWithJTransforms(int n) {
        double[] x = random(2 * n, n);
        double[] a = x.clone();
        double[] b = x.clone();
        ComplexFft f = fftw.complex(n);
        ComplexFft g = reference.complex(n);
        f.forward(a);
        g.forward(b);
        assertClose(b, a, 2 * n, Math.sqrt(n) * 10, "forward n=" + n);
        f.inverse(a);
        assertClose(x, a, 2 * n, 10, "round trip n=" + n);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8, 12, 15, 100, 128, 512, 1000})
    void realTransformsAgreeWithJTransforms(int n) {
        double[] x = random(n, 7 * n);
        RealFft f = fftw.real(n);
        RealFft g = reference.real(n);
        double[] a = new double[2 * f.spectrumSize()];
        double[] b = new double[2 * g.spectrumSize()];
        f.forward(x, a);
        g.forward(x, b);
        assertClose(b, a, b.length, Math.sqrt(n) * 10, "rfft n=" + n);
        double[] back = new double[n];
        f.inverse(a, back);
        assertClose(x, back, n, 10, "irfft n=" + n);
    }

    @ParameterizedTest
    @CsvSource({"4,6", "5,7", "8,8", "12,10"})
    void twoDimensionalTransformsAgreeWithJTransforms(int rows, int cols) {
        int n = rows * cols;
        double[] x = random(2 * n, n);
        double[] a = x.clone();
        double[] b = x.clone();
        fftw.complex(rows, cols).forward(a);
        reference.complex(rows, cols).forward(b);
        assertClose(b, a, 2 * n, Math.sqrt(n) * 10, "2-D complex " + rows + "x" + cols);
        double[] r = random(n, 3 * n);
        RealFft f = fftw.real(rows, cols);
        RealFft g = reference.real(rows, cols);
        double[] sa = new double[2 * f.spectrumSize()];
        double[] sb = new double[2 * g.spectrumSize()];
        f.forward(r, sa);
        g.forward(r, sb);
        assertClose(sb, sa, sb.length, Math.sqrt(n) * 10, "rfft2 " + rows + "x" + cols);
        double[] back = new double[n];
        f.inverse(sa, back);
        assertClose(r, back, n, 10, "irfft2 " + rows + "x" + cols);
    }
}
