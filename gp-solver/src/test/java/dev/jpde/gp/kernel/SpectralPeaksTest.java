package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class SpectralPeaksTest {
    private static double[] sample(DoubleUnaryOperator u, double length, int n) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = u.applyAsDouble(length * i / (n - 1));
        }
        return s;
    }

    private static double[] find(DoubleUnaryOperator u, double length, int n, int maxPeaks) {
        return SpectralPeaks.find(sample(u, length, n), n, length / (n - 1), 1, 1, 0, maxPeaks);
    }

    @Test
    void pureToneIsLocatedFarInsideOneNativeBin() {
        // sin(100 x) on [0, 2 pi], N = 400 (the P1D sin(100x) problem): mu = 100 / 2 pi; native bin 1 / L = 0.159.
        double[] peaks = find(x -> -1e4 * Math.sin(100 * x), 2 * Math.PI, 400, 6);
        assertEquals(1, peaks.length, Arrays.toString(peaks));
        assertEquals(100 / (2 * Math.PI), peaks[0], 5e-4, "a few thousandths of the native bin 1 / L = 0.159");
    }

    @Test
    void rampModulatedToneOfXSin200x() {
        // f = 400 cos(200x) - 4e4 x sin(200x), the P1D x sin(200x) source at N = 900.
        double[] peaks = find(x -> 400 * Math.cos(200 * x) - 4e4 * x * Math.sin(200 * x), 2 * Math.PI, 900, 6);
        assertEquals(200 / (2 * Math.PI), peaks[0], 5e-3);
        for (double p : peaks) {
            assertEquals(200 / (2 * Math.PI), p, 0.5, "only the tone and its modulation: " + Arrays.toString(peaks));
        }
    }

    @Test
    void twoTonesStrongestFirst() {
        // sin(6x) cos(100x) = (sin(106x) - sin(94x)) / 2; its Laplacian weights 106 over 94 by (106/94)^2.
        double[] peaks = find(x -> -(106 * 106 * Math.sin(106 * x) - 94 * 94 * Math.sin(94 * x)) / 2, 2 * Math.PI,
                400, 6);
        assertEquals(2, peaks.length, Arrays.toString(peaks));
        assertEquals(106 / (2 * Math.PI), peaks[0], 5e-3);
        assertEquals(94 / (2 * Math.PI), peaks[1], 5e-3);
        assertEquals(1, find(x -> Math.sin(106 * x) + Math.sin(94 * x), 2 * Math.PI, 400, 1).length);
    }

    @Test
    void mixSourceGivesBothOscillations() {
        // The mix problem on [0, 1], N = 900: f = -sin x - 40 sin(20x) - 500 sin(100x); the 20x tone has 6.4e-3 of the
        // power of the 100x tone, and sin x lies inside the zero-frequency lobe.
        double[] peaks = find(x -> -Math.sin(x) - 40 * Math.sin(20 * x) - 500 * Math.sin(100 * x), 1, 900, 6);
        assertEquals(2, peaks.length, Arrays.toString(peaks));
        assertEquals(100 / (2 * Math.PI), peaks[0], 5e-3);
        assertEquals(20 / (2 * Math.PI), peaks[1], 5e-3);
    }

    @Test
    void weakToneBelowTheThresholdAndConstantSignalsGiveNoPeak() {
        double[] peaks = find(x -> Math.sin(100 * x) + 0.02 * Math.sin(40 * x), 2 * Math.PI, 400, 6);
        assertEquals(1, peaks.length, "power ratio 4e-4 is below 1e-3: " + Arrays.toString(peaks));
        assertEquals(0, find(x -> 0, 1, 50, 6).length);
        assertEquals(0, find(x -> 3.5, 1, 50, 6).length, "a mean stays inside the excluded zero-frequency lobe");
    }

    @Test
    void linesOfAGridAreAveragedAlongTheRequestedDimension() {
        // u(x, y) = sin(20 x) sin(18 y) on [0, 2 pi] x [0, 1], row-major [n1, n2]: x lines see 20 / 2 pi, y lines 18 / 2 pi.
        int n1 = 200;
        int n2 = 60;
        double[] f = new double[n1 * n2];
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                f[i * n2 + j] = Math.sin(20 * 2 * Math.PI * i / (n1 - 1)) * Math.sin(18.0 * j / (n2 - 1));
            }
        }
        double[] x = SpectralPeaks.find(f, n1, 2 * Math.PI / (n1 - 1), n2, n2, 1, 3);
        double[] y = SpectralPeaks.find(f, n2, 1.0 / (n2 - 1), n1, 1, n2, 3);
        assertEquals(20 / (2 * Math.PI), x[0], 5e-3);
        assertEquals(18 / (2 * Math.PI), y[0], 5e-3);
    }

    @Test
    void placementMovesTheNearestFreeComponentsAndKeepsTheZeroFrequency() {
        MixtureKernel1d k = MixtureKernel1d.initialised(KernelFamily.STM, 30, 50);
        double[] before = k.parameters().clone();
        int[] moved = SpectralPeaks.place(k, new double[] {31.83, 31.5, 0.1});
        // linspace(0, 50, 30) has step 50/29 = 1.724: 31.83 is nearest to component 18 (31.03), 31.5 then takes
        // component 19 (32.76), and 0.1 may not take component 0, so it takes component 1.
        assertArrayEquals(new int[] {18, 19, 1}, moved);
        double[] after = k.parameters();
        assertEquals(31.83, after[60 + 18]);
        assertEquals(31.5, after[60 + 19]);
        assertEquals(0.1, after[60 + 1]);
        assertEquals(0.0, after[60]);
        int changed = 0;
        for (int i = 0; i < after.length; i++) {
            changed += after[i] != before[i] ? 1 : 0;
        }
        assertEquals(3, changed);
        assertTrue(SpectralPeaks.place(k, new double[0]).length == 0);
    }
}
