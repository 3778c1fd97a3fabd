package dev.jpde.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The truncated transforms against the FFT: the folded analysis ({@link FoldedAnalysis}) equals
 * rfft on the kept modes, the dense synthesis equals irfft of the spectrum truncated to them
 * (imaginary parts of DC and Nyquist discarded).
 * Direct sums and FFTs round differently, by O(sqrt(s) eps) relative to the data: tolerance 1e-13.
 */
class DftTablesTest {

    @ParameterizedTest(name = "s = {0}, modes {1}, tile {2}")
    @CsvSource({"1024, 16, 256", "64, 16, 256", "21, 11, 8", "10, 6, 4", "300, 16, 256", "2, 2, 256"})
    void tablesAreTheTruncatedRfftAndIrfft(int s, int modes, int tile) {
        DftTables t = new DftTables(s, modes, tile);
        RealFft fft = Fft.jtransforms().real(s);
        SplittableRandom rng = new SplittableRandom(s);
        double[] x = GradientCheck.random(rng, s, 1.0);
        double[] spectrum = new double[2 * (s / 2 + 1)];
        fft.forward(x, spectrum);
        double scale = 0.0;
        for (double c : spectrum) {
            scale = Math.max(scale, Math.abs(c));
        }
        // the folded analysis of FoldedAnalysis, on three channels: x, 2x and -x
        double[][] pointMajor = new double[s][3];
        for (int j = 0; j < s; j++) {
            pointMajor[j][0] = x[j];
            pointMajor[j][1] = 2 * x[j];
            pointMajor[j][2] = -x[j];
        }
        double[][] spectra = new double[3][2 * modes];
        FoldedAnalysis analysis = new FoldedAnalysis(3);
        analysis.prepare(s);
        analysis.apply(pointMajor, spectra, 1, t);
        for (int c = 0; c < 2 * modes; c++) {
            double expected = (c == 1 || (c == 2 * modes - 1 && 2 * (modes - 1) == s)) ? 0.0 : spectrum[c];
            assertEquals(expected, spectra[0][c], 1e-13 * scale, "analysis coefficient " + c);
            assertEquals(2 * spectra[0][c], spectra[1][c], 0.0, "channels are independent");
            assertEquals(-spectra[0][c], spectra[2][c], 0.0, "channels are independent");
        }
        double[] truncated = new double[spectrum.length];
        double[] coefficients = GradientCheck.random(rng, 2 * modes, 1.0);
        System.arraycopy(coefficients, 0, truncated, 0, 2 * modes);
        double[] y = new double[s];
        fft.inverse(truncated, y);
        double yScale = 0.0;
        for (double v : y) {
            yScale = Math.max(yScale, Math.abs(v));
        }
        for (int tileIndex = 0; tileIndex < t.tiles(); tileIndex++) {
            double[][] g = t.synthesis(tileIndex);
            for (int j = 0; j < t.tileLength(tileIndex); j++) {
                double sum = 0.0;
                for (int c = 0; c < 2 * modes; c++) {
                    sum += coefficients[c] * g[c][j];
                }
                assertEquals(y[t.tileStart(tileIndex) + j], sum, 1e-13 * yScale, "synthesis at " + j);
            }
        }
        assertEquals(s, t.tileStart(t.tiles() - 1) + t.tileLength(t.tiles() - 1), "tiles cover the grid");
        assertEquals(s % 2 == 0 && modes == s / 2 + 1 ? 1.0 / s : 2.0 / s, t.gradientWeight(modes - 1), 0.0);
        assertEquals(1.0 / s, t.gradientWeight(0), 0.0);
    }

    @ParameterizedTest
    @CsvSource({"16, 10", "16, 0"})
    void rejectsModesBeyondTheGrid(int s, int modes) {
        assertThrows(IllegalArgumentException.class, () -> new DftTables(s, modes, 8));
    }
}
