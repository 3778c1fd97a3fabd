package dev.jpde.gp.solve;

import java.util.ArrayList;
import java.util.List;

/**
 * The record of one training run, stage after stage: every checkpoint, the three error figures (final, minimum over
 * checkpoints, at the lowest training loss) and, with an {@link EarlyStopRule}, whether the run must stop. The lowest
 * training loss is sought among the checkpoints of the current stage only ({@link #startStage()} forgets the previous
 * one's), because the stages of an extra-GP run minimise different objectives.
 */
final class CheckpointLog {
    private final double[] exact;
    private final EarlyStopRule stopRule;
    private final TrainingListener listener;
    private final long totalSteps;
    private final long t0 = System.nanoTime();
    private final List<Checkpoint> history = new ArrayList<>();
    private double bestLoss = Double.POSITIVE_INFINITY;
    private double[] bestPrediction;
    private double errorMinLoss = Double.NaN;
    private double errorBest = Double.NaN;
    private double[] prediction;
    private boolean stopped;

    /**
     * @param exact      exact solution on the test grid (row-major), or null
     * @param stopRule   the early-stopping rule, or null for none
     * @param totalSteps steps of the whole run (for progress messages)
     */
    CheckpointLog(double[] exact, EarlyStopRule stopRule, TrainingListener listener, long totalSteps) {
        this.exact = exact;
        this.stopRule = stopRule;
        this.listener = listener;
        this.totalSteps = totalSteps;
    }

    /** Forgets the lowest loss so far: the next checkpoints belong to a stage with another objective. */
    void startStage() {
        bestLoss = Double.POSITIVE_INFINITY;
    }

    /**
     * Records a checkpoint with its test-grid prediction (retained, not copied); returns whether the run must stop
     * here (the early-stopping rule fired).
     */
    boolean record(long step, int stage, double loss, double[] prediction, double boundaryMse, double residualMse) {
        double error = exact == null ? Double.NaN : GpHmTrainer.relativeL2(prediction, exact);
        Checkpoint c = new Checkpoint(step, loss, error, boundaryMse, residualMse, seconds(), stage);
        history.add(c);
        listener.checkpoint(c, totalSteps);
        this.prediction = prediction;
        if (!(error >= errorBest)) {
            errorBest = error;
        }
        if (loss < bestLoss) {
            bestLoss = loss;
            bestPrediction = prediction;
            errorMinLoss = error;
        }
        stopped = stopRule != null && stopRule.observe(error);
        return stopped;
    }

    /** The prediction of the last checkpoint. */
    double[] lastPrediction() {
        return prediction;
    }

    /** The error of the last checkpoint. */
    double lastError() {
        return history.get(history.size() - 1).error();
    }

    double seconds() {
        return (System.nanoTime() - t0) * 1e-9;
    }

    /** The result, with the given final parameters (not copied). */
    GpHmResult result(double[] parameters) {
        double errorFinal = history.get(history.size() - 1).error();
        return new GpHmResult(List.copyOf(history), prediction, bestPrediction, errorFinal, errorBest, errorMinLoss,
                parameters, seconds(), stopped);
    }
}
