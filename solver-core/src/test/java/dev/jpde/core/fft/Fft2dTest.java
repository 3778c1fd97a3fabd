package dev.jpde.core.fft;

import static dev.jpde.core.fft.NaiveDft.distance;
import static dev.jpde.core.fft.NaiveDft.norm;
import static dev.jpde.core.fft.NaiveDft.tolerance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 2-D transforms, row-major: the complex one is the 2-D DFT {@code X_{k1 k2} = sum x_{j1 j2}
 * e^{-2 pi i (j1 k1 / rows + j2 k2 / cols)}}; the real one is numpy's rfft2, its first {@code cols/2+1} columns.
 */
class Fft2dTest {
    private static final Fft FFT = Fft.jtransforms();

    private static double[] random(int len, long seed) {
        Random r = new Random(seed);
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            x[i] = r.nextGaussian();
        }
        return x;
    }

    /** The {@code rows x (cols/2+1)} block of a full {@code rows x cols} complex spectrum. */
    private static double[] halfColumns(double[] full, int rows, int cols) {
        int half = cols / 2 + 1;
        double[] h = new double[2 * rows * half];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(full, 2 * r * cols, h, 2 * r * half, 2 * half);
        }
        return h;
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"4, 6", "5, 7", "8, 8", "12, 10", "1, 8", "6, 1", "3, 16"})
    void complexIsThe2dDft(int rows, int cols) {
        int n = rows * cols;
        double[] x = random(2 * n, 47L * n + rows);
        double[] exact = NaiveDft.forward2d(x, rows, cols);
        ComplexFft plan = FFT.complex(rows, cols);
        assertEquals(n, plan.size());
        double[] fast = x.clone();
        plan.forward(fast);
        double rel = distance(fast, exact, 2 * n) / norm(exact);
        assertTrue(rel <= tolerance(n), () -> rows + "x" + cols + ": relative error " + rel);
        plan.inverse(fast);
        double back = distance(fast, x, 2 * n) / norm(x);
        assertTrue(back <= 2 * tolerance(n), () -> rows + "x" + cols + ": round trip error " + back);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"4, 6", "5, 7", "8, 8", "12, 10", "7, 5", "1, 8", "6, 1", "3, 16"})
    void realIsTheHalfOfThe2dDft(int rows, int cols) {
        int n = rows * cols;
        double[] x = random(n, 53L * n + rows);
        double[] input = x.clone();
        RealFft plan = FFT.real(rows, cols);
        assertEquals(n, plan.size());
        assertEquals(rows * (cols / 2 + 1), plan.spectrumSize());
        double[] spectrum = new double[2 * plan.spectrumSize()];
        plan.forward(x, spectrum);
        assertArrayEquals(input, x, 0.0, "forward must not modify its input");
        double[] exactFull = NaiveDft.forward2d(NaiveDft.complexOf(x), rows, cols);
        double[] exact = halfColumns(exactFull, rows, cols);
        // the half block holds more than half of the energy, so relative to the full norm this is the 2-D bound
        double rel = distance(spectrum, exact, exact.length) / norm(exactFull);
        assertTrue(rel <= tolerance(n), () -> rows + "x" + cols + ": relative error " + rel);

        double[] back = new double[n];
        double[] spectrumCopy = spectrum.clone();
        plan.inverse(spectrum, back);
        assertArrayEquals(spectrumCopy, spectrum, 0.0, "inverse must not modify its input");
        double err = distance(back, x, n) / norm(x);
        assertTrue(err <= 2 * tolerance(n), () -> rows + "x" + cols + ": round trip error " + err);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"5, 7", "12, 10"})
    void plansGiveIdenticalResultsOnEveryCall(int rows, int cols) {
        int n = rows * cols;
        ComplexFft complex = FFT.complex(rows, cols);
        RealFft real = FFT.real(rows, cols);
        double[] z = random(2 * n, 59L * n);
        double[] x = random(n, 61L * n);
        double[] z1 = z.clone();
        complex.forward(z1);
        double[] s1 = new double[2 * real.spectrumSize()];
        real.forward(x, s1);
        double[] b1 = new double[n];
        real.inverse(s1, b1);

        double[] noise = random(2 * n, 67L * n);
        complex.forward(noise);
        complex.inverse(noise);
        double[] noiseSpec = new double[2 * real.spectrumSize()];
        real.forward(random(n, 71L * n), noiseSpec);
        real.inverse(noiseSpec, new double[n]);

        double[] z2 = z.clone();
        complex.forward(z2);
        double[] s2 = new double[2 * real.spectrumSize()];
        real.forward(x, s2);
        double[] b2 = new double[n];
        real.inverse(s1, b2);
        assertArrayEquals(z1, z2, 0.0);
        assertArrayEquals(s1, s2, 0.0);
        assertArrayEquals(b1, b2, 0.0);
    }
}
