package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import dev.jpde.linalg.Gemm;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truncated transforms against the FFT: the analysis table ({@code V A^T}, as the fused passes
 * evaluate it, with OpenBLAS where it loads and with {@link KernelsGemm}) equals rfft on the kept
 * modes, the synthesis table equals irfft of the spectrum truncated to them (imaginary parts of DC
 * and Nyquist discarded).
 * Direct sums and FFTs round differently, by O(sqrt(s) eps) relative to the data: tolerance 1e-13.
 */
class DftTablesTest {

    @ParameterizedTest(name = "s = {0}, modes {1}")
    @CsvSource({"1024, 16", "64, 16", "21, 11", "10, 6", "300, 16", "2, 2"})
    void tablesAreTheTruncatedRfftAndIrfft(int s, int modes) {
        DftTables t = new DftTables(s, modes);
        RealFft fft = Fft.jtransforms().real(s);
        SplittableRandom rng = new SplittableRandom(s);
        double[] x = GradientCheck.random(rng, s, 1.0);
        double[] spectrum = new double[2 * (s / 2 + 1)];
        fft.forward(x, spectrum);
        double scale = 0.0;
        for (double c : spectrum) {
            scale = Math.max(scale, Math.abs(c));
        }
        // the analysis of three channels, x, 2x and -x, as one product
        double[] channels = new double[3 * s];
        for (int j = 0; j < s; j++) {
            channels[j] = x[j];
            channels[s + j] = 2 * x[j];
            channels[2 * s + j] = -x[j];
        }
        int w2 = 2 * modes;
        for (Gemm gemm : new Gemm[] {Gemm.create(), new KernelsGemm()}) {
            double[] spectra = new double[3 * w2];
            gemm.gemm(false, true, 3, w2, s, 1.0, channels, 0, s, t.analysis(), 0, s, 0.0, spectra, 0, w2);
            for (int c = 0; c < w2; c++) {
                double expected = (c == 1 || (c == w2 - 1 && 2 * (modes - 1) == s)) ? 0.0 : spectrum[c];
                assertEquals(expected, spectra[c], 1e-13 * scale, gemm.name() + ": analysis coefficient " + c);
                assertEquals(2 * spectra[c], spectra[w2 + c], 0.0, "channels are independent");
                assertEquals(-spectra[c], spectra[2 * w2 + c], 0.0, "channels are independent");
            }
        }
        double[] truncated = new double[spectrum.length];
        double[] coefficients = GradientCheck.random(rng, w2, 1.0);
        System.arraycopy(coefficients, 0, truncated, 0, w2);
        double[] y = new double[s];
        fft.inverse(truncated, y);
        double yScale = 0.0;
        for (double v : y) {
            yScale = Math.max(yScale, Math.abs(v));
        }
        double[] g = t.synthesis();
        for (int j = 0; j < s; j++) {
            double sum = 0.0;
            for (int c = 0; c < w2; c++) {
                sum += coefficients[c] * g[c * s + j];
            }
            assertEquals(y[j], sum, 1e-13 * yScale, "synthesis at " + j);
        }
        assertEquals(s % 2 == 0 && modes == s / 2 + 1 ? 1.0 / s : 2.0 / s, t.gradientWeight(modes - 1), 0.0);
        assertEquals(1.0 / s, t.gradientWeight(0), 0.0);
    }

    @ParameterizedTest
    @CsvSource({"16, 10", "16, 0"})
    void rejectsModesBeyondTheGrid(int s, int modes) {
        assertThrows(IllegalArgumentException.class, () -> new DftTables(s, modes));
    }
}
