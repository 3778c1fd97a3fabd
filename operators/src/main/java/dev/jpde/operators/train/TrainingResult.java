package dev.jpde.operators.train;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link FnoTraining#run}.
 *
 * @param history    every epoch of the run, including those of a resumed checkpoint
 * @param resumedAt  epochs that were already complete when the run started (0 for a fresh run)
 * @param weights    the final weights file, or null
 * @param checkpoint the last checkpoint written, or null
 */
public record TrainingResult(List<EpochReport> history, int resumedAt, Path weights, Path checkpoint) {

    /** The last epoch's report. */
    public EpochReport last() {
        return history.get(history.size() - 1);
    }

    /**
     * Mean wall seconds per epoch over the epochs this run computed, leaving out its first (JIT
     * warm-up) when there are at least two; NaN if it computed none.
     */
    public double secondsPerEpoch() {
        List<EpochReport> own = history.subList(resumedAt, history.size());
        if (own.isEmpty()) {
            return Double.NaN;
        }
        List<EpochReport> steady = own.size() > 1 ? own.subList(1, own.size()) : own;
        return steady.stream().mapToDouble(EpochReport::seconds).average().orElse(Double.NaN);
    }
}
