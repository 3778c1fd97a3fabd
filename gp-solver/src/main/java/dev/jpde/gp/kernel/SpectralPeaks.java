package dev.jpde.gp.kernel;

import dev.jpde.core.fft.Fft;
import dev.jpde.core.fft.RealFft;
import java.util.ArrayList;
import java.util.List;

/**
 * The dominant frequencies of signals sampled on a uniform grid, from their averaged, Hann-windowed periodogram: a
 * data-driven start for spectral-mixture frequencies (Wilson and Adams initialise spectral-mixture kernels from the
 * empirical spectrum in the same spirit).
 *
 * <p>Each line {@code s_0 .. s_{n-1}} (spacing h) is multiplied by the Hann window
 * {@code w_i = (1 - cos(2 pi i / (n - 1))) / 2}, zero-padded to {@code P >= 16 n} points and transformed; the powers
 * {@code |S_k|^2} of all lines are summed. A peak is a bin that is a strict local maximum (not lower than its right
 * neighbour), holds at least {@link #RELATIVE_POWER} of the largest power, and lies at least two native bins
 * ({@code 2 / (n h)}, the half-width of the Hann main lobe) above zero frequency, where the window's own main lobe around
 * a mean lives. Its frequency {@code (k + delta) / (P h)} in cycles per unit length is refined by fitting a parabola
 * through the logarithms of the three powers around k, which is exact for a Gaussian-shaped lobe and within a few
 * thousandths of a native bin for the Hann lobe at this padding. Peaks closer than three native bins to a stronger one
 * (its first side lobes, or leakage of a modulated tone) are dropped.
 */
public final class SpectralPeaks {
    /**
     * Weakest peak kept, relative to the strongest: 1e-3. The Hann window's first side lobe (7e-4, 2.4 native bins
     * out) falls to the separation rule; its second (8e-5) is 12x below this.
     */
    public static final double RELATIVE_POWER = 1e-3;
    private static final int PADDING = 16;

    private SpectralPeaks() {
    }

    /**
     * At most {@code maxPeaks} dominant frequencies (cycles per unit length), strongest first, of the lines
     * {@code data[line * lineStride + i * stride]}, {@code i < n}, {@code line < lines}. Empty if every
     * line is zero (or constant).
     *
     * @param data       samples
     * @param n          samples per line, at least 4
     * @param spacing    grid spacing h
     * @param lines      number of lines to average
     * @param stride     step between consecutive samples of one line
     * @param lineStride step between the first samples of consecutive lines
     * @param maxPeaks   largest number of peaks returned
     */
    public static double[] find(double[] data, int n, double spacing, int lines, int stride, int lineStride,
                                int maxPeaks) {
        if (n < 4) {
            throw new IllegalArgumentException("need at least 4 samples per line, got " + n);
        }
        int p = Integer.highestOneBit(PADDING * n - 1) << 1;
        RealFft fft = Fft.jtransforms().real(p);
        double[] padded = new double[p];
        double[] spectrum = new double[2 * fft.spectrumSize()];
        double[] power = new double[fft.spectrumSize()];
        double[] hann = new double[n];
        for (int i = 0; i < n; i++) {
            hann[i] = 0.5 * (1 - Math.cos(2 * Math.PI * i / (n - 1)));
        }
        for (int line = 0; line < lines; line++) {
            for (int i = 0; i < n; i++) {
                padded[i] = hann[i] * data[line * lineStride + i * stride];
            }
            fft.forward(padded, spectrum);
            for (int k = 0; k < power.length; k++) {
                power[k] += spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1];
            }
        }
        double max = 0;
        for (double v : power) {
            max = Math.max(max, v);
        }
        if (!(max > 0)) {
            return new double[0];
        }
        int lobe = 2 * (p / n);
        int apartBins = 3 * (p / n);
        List<double[]> peaks = new ArrayList<>();
        for (int k = Math.max(1, lobe); k < power.length - 1; k++) {
            if (power[k] > power[k - 1] && power[k] >= power[k + 1] && power[k] >= RELATIVE_POWER * max) {
                double a = Math.log(power[k - 1]);
                double b = Math.log(power[k]);
                double c = Math.log(power[k + 1]);
                double denominator = a - 2 * b + c;
                double delta = denominator < 0 ? 0.5 * (a - c) / denominator : 0;
                peaks.add(new double[] {(k + delta) / (p * spacing), power[k]});
            }
        }
        peaks.sort((u, v) -> Double.compare(v[1], u[1]));
        double separation = apartBins / (p * spacing);
        List<Double> kept = new ArrayList<>();
        for (double[] peak : peaks) {
            if (kept.size() == maxPeaks) {
                break;
            }
            boolean apart = true;
            for (double f : kept) {
                apart &= Math.abs(f - peak[0]) >= separation;
            }
            if (apart) {
                kept.add(peak[0]);
            }
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Moves the frequencies of {@code kernel} onto {@code peaks}: each peak, strongest first, takes the component
     * whose frequency is nearest among those not yet moved, never component 0 (the mu = 0 component that carries
     * smooth parts). Weights and length scales are left as they are. Returns the indices of the moved components.
     */
    public static int[] place(MixtureKernel1d kernel, double[] peaks) {
        int q = kernel.components();
        double[] params = kernel.parameters();
        boolean[] moved = new boolean[q];
        int count = Math.min(peaks.length, q - 1);
        int[] which = new int[count];
        for (int i = 0; i < count; i++) {
            int best = -1;
            for (int c = 1; c < q; c++) {
                if (!moved[c] && (best < 0
                        || Math.abs(params[2 * q + c] - peaks[i]) < Math.abs(params[2 * q + best] - peaks[i]))) {
                    best = c;
                }
            }
            moved[best] = true;
            params[2 * q + best] = peaks[i];
            which[i] = best;
        }
        return which;
    }
}
