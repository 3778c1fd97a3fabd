package dev.jpde.gp.solve;

import dev.jpde.core.spi.RunSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The record of one training run, stage after stage: every checkpoint, the three error figures (final, minimum over
 * checkpoints, at the lowest training loss) and, with an {@link EarlyStopRule}, whether the run must stop. The lowest
 * training loss is sought among the checkpoints of the current stage only ({@link #startStage()} forgets the previous
 * one's), because the stages of an extra-GP run minimise different objectives.
 */
final class CheckpointLog {
    private static final String[] HISTORY = {"step", "loss", "error", "boundary_mse", "residual_mse", "seconds",
        "stage"};
    private final double[] exact;
    private final EarlyStopRule stopRule;
    private final TrainingListener listener;
    private final long totalSteps;
    private long t0 = System.nanoTime();
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

    /** Whether the early-stopping rule has ended the run. */
    boolean stopped() {
        return stopped;
    }

    /** Writes this log's state into a training-state snapshot under {@code log_*} / {@code history_*} names. */
    void save(Map<String, double[]> arrays, Map<String, Object> scalars) {
        int n = history.size();
        double[][] cols = new double[7][n];
        for (int i = 0; i < n; i++) {
            Checkpoint c = history.get(i);
            cols[0][i] = c.step();
            cols[1][i] = c.loss();
            cols[2][i] = c.error();
            cols[3][i] = c.boundaryMse();
            cols[4][i] = c.residualMse();
            cols[5][i] = c.seconds();
            cols[6][i] = c.stage();
        }
        for (int k = 0; k < HISTORY.length; k++) {
            arrays.put("history_" + HISTORY[k], cols[k]);
        }
        arrays.put("prediction", prediction);
        arrays.put("best_prediction", bestPrediction);
        scalars.put("log_best_loss", bestLoss);
        scalars.put("log_error_best", errorBest);
        scalars.put("log_error_min_loss", errorMinLoss);
        scalars.put("log_stopped", stopped ? 1L : 0L);
        scalars.put("log_seconds", seconds());
        if (stopRule != null) {
            scalars.put("rule_minimum", stopRule.minimum());
            scalars.put("rule_increases", (long) stopRule.increases());
        }
    }

    /** Restores the state {@link #save} wrote (into a fresh log of the same run). */
    void restore(RunSnapshot s) {
        history.clear();
        double[][] cols = new double[HISTORY.length][];
        for (int k = 0; k < HISTORY.length; k++) {
            cols[k] = s.array("history_" + HISTORY[k]);
        }
        for (int i = 0; i < cols[0].length; i++) {
            history.add(new Checkpoint((long) cols[0][i], cols[1][i], cols[2][i], cols[3][i], cols[4][i], cols[5][i],
                    (int) cols[6][i]));
        }
        prediction = s.array("prediction").clone();
        bestPrediction = s.array("best_prediction").clone();
        bestLoss = s.real("log_best_loss");
        errorBest = s.real("log_error_best");
        errorMinLoss = s.real("log_error_min_loss");
        stopped = s.integer("log_stopped") != 0;
        t0 = System.nanoTime() - (long) (s.real("log_seconds") * 1e9);
        if (stopRule != null) {
            stopRule.restore(s.real("rule_minimum"), Math.toIntExact(s.integer("rule_increases")));
        }
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
