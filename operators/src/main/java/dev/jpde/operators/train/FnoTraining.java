package dev.jpde.operators.train;

import dev.jpde.operators.data.OperatorDataset;
import dev.jpde.operators.io.FnoWeights;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The training command as one call: read the data, split and sub-sample it, train (fresh or from a
 * checkpoint), checkpoint periodically, write the weights.
 */
public final class FnoTraining {

    private FnoTraining() {
    }

    /**
     * Runs {@code run}: the first {@code trainSamples} samples of the file train and the last
     * {@code testSamples} test (the reference code's split), both sub-sampled to
     * {@code resolution}; {@code listener} hears every epoch and checkpoint.
     */
    public static TrainingResult run(TrainingRun run, TrainingListener listener) throws IOException {
        OperatorDataset all = OperatorDataset.read(run.data());
        if (run.trainSamples() + run.testSamples() > all.samples()) {
            throw new IllegalArgumentException(run.data() + " holds " + all.samples() + " samples, "
                    + run.trainSamples() + " + " + run.testSamples() + " requested");
        }
        OperatorDataset data = run.resolution() == 0 ? all : all.subsample(run.resolution());
        OperatorDataset train = data.head(run.trainSamples());
        OperatorDataset test = run.testSamples() == 0 ? null : data.tail(run.testSamples());
        boolean resuming = run.resume() && Files.exists(run.checkpoint());
        try (FnoTrainer trainer = resuming ? TrainingCheckpoint.resume(run.checkpoint(), run.spec(), train, test)
                : new FnoTrainer(run.spec(), train, test)) {
            int resumedAt = trainer.completedEpochs();
            while (trainer.completedEpochs() < run.spec().epochs()) {
                listener.epochFinished(trainer.runEpoch());
                int done = trainer.completedEpochs();
                if (run.checkpoint() != null && (done % run.checkpointEvery() == 0 || done == run.spec().epochs())) {
                    TrainingCheckpoint.save(trainer, run.checkpoint());
                    listener.checkpointWritten(run.checkpoint(), done);
                }
            }
            if (run.weights() != null) {
                FnoWeights.save(trainer.model(), run.weights());
            }
            return new TrainingResult(trainer.history(), resumedAt, run.weights(), run.checkpoint());
        }
    }
}
