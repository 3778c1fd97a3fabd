package dev.jpde.core.run;

import dev.jpde.core.time.IntegrationStats;
import java.util.List;

/**
 * What a finished run reports.
 *
 * @param stats          steps and right-hand-side evaluations
 * @param solveSeconds   wall-clock seconds inside the integrator (including observers)
 * @param diagnosticNames names of the diagnostics
 * @param first          diagnostics at the first output
 * @param last           diagnostics at the last output
 * @param maxDrift       per diagnostic, the largest {@code |Q - Q0| / |Q0|} over the outputs (absolute where {@code |Q0| < 1e-12}; NaN for error_max)
 * @param maxError       the largest error against the exact solution over the outputs, or NaN
 */
public record RunSummary(IntegrationStats stats, double solveSeconds, List<String> diagnosticNames, double[] first,
                         double[] last, double[] maxDrift, double maxError) {
}
