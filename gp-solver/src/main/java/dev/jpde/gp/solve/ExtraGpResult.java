package dev.jpde.gp.solve;

import dev.jpde.gp.model.GpHmModel;

/**
 * What a two-stage extra-GP run produced.
 *
 * @param run             the whole run: checkpoints of both stages (with their stage), errors and predictions of the
 *                        summed solution, stage 1's final parameters, wall time, whether it stopped early
 * @param second          the trained stage-2 model, or null when the run stopped early in stage 1
 * @param firstPrediction stage 1's prediction alone at its last step (the change point, or where it stopped)
 * @param firstError      the relative L2 error of {@code firstPrediction} (NaN without an exact solution)
 * @param changeStep      the global step at which stage 2 started (or would have)
 */
public record ExtraGpResult(GpHmResult run, GpHmModel second, double[] firstPrediction, double firstError,
                            long changeStep) {
    /** Whether stage 2 ran. */
    public boolean reachedSecondStage() {
        return second != null;
    }
}
