package dev.jpde.gp.solve;

import dev.jpde.gp.kernel.MixtureKernel1d;
import dev.jpde.gp.kernel.SpectralPeaks;
import dev.jpde.gp.model.GpHmModel;
import dev.jpde.gp.model.GpHmProblem;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code kernel.init: spectrum} start, a departure from the reference: before training, the strongest peaks of the
 * source's periodogram along each dimension ({@link SpectralPeaks}, lines of f averaged over the other dimension) take
 * the places of the nearest {@code linspace(0, F, Q)} frequencies. For Poisson and Allen-Cahn the source
 * {@code f = Laplacian u (+ u^3 - u)} carries the oscillations of u at the same frequencies; where f is zero along a
 * dimension (advection with a zero source), the exact values on that dimension's two boundary lines are used instead,
 * which is data the loss already sees. Weights and length scales keep the reference's start.
 */
final class SpectrumStart {
    private SpectrumStart() {
    }

    /** Moves the frequencies of every dimension of {@code model} (before training); returns a one-line report. */
    static String apply(GpHmModel model) {
        GpHmProblem problem = model.problem();
        int d = problem.dimensions();
        int[] n = problem.points();
        StringBuilder report = new StringBuilder("spectrum start:");
        for (int j = 0; j < d; j++) {
            MixtureKernel1d kernel = model.kernel(j);
            int maxPeaks = Math.max(1, kernel.components() / 5);
            int stride = d == 1 || j == 1 ? 1 : n[1];
            int lines = d == 1 ? 1 : n[1 - j];
            int lineStride = d == 1 ? 0 : j == 0 ? 1 : n[1];
            double[] peaks = SpectralPeaks.find(problem.source(), n[j], problem.spacing(j), lines, stride, lineStride,
                    maxPeaks);
            String from = "f";
            if (peaks.length == 0 && d == 2) {
                int last = j == 0 ? n[1] - 1 : (n[0] - 1) * n[1];
                peaks = SpectralPeaks.find(problem.boundary(), n[j], problem.spacing(j), 2, stride, last, maxPeaks);
                from = "boundary";
            }
            SpectralPeaks.place(kernel, peaks);
            // The model reads its kernels from its parameter vector at every evaluation: write the moved start there.
            System.arraycopy(kernel.parameters(), 0, model.parameters(), model.kernelOffset(j), kernel.parameterCount());
            report.append(String.format(Locale.ROOT, " dim %d mu = [%s] (from %s)", j,
                    Arrays.stream(peaks).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v))
                            .collect(Collectors.joining(", ")), from));
        }
        return report.toString();
    }
}
