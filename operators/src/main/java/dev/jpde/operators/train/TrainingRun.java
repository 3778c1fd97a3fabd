package dev.jpde.operators.train;

import java.nio.file.Path;

/**
 * Everything one training command needs (see {@link FnoTraining#run}).
 *
 * @param data            an {@link dev.jpde.operators.data.OperatorDataset} file
 * @param trainSamples    the first this many samples train
 * @param testSamples     the last this many samples test (0: no test error)
 * @param resolution      grid points to train at, sub-sampled from the file by slicing; 0 = the file's
 * @param spec            the recipe
 * @param weights         where the final weights go ({@link dev.jpde.operators.io.FnoWeights}), or null
 * @param checkpoint      checkpoint file, or null for none
 * @param checkpointEvery write the checkpoint every this many epochs (and after the last)
 * @param resume          continue from {@code checkpoint} if that file exists
 */
public record TrainingRun(Path data, int trainSamples, int testSamples, int resolution, TrainingSpec spec,
                          Path weights, Path checkpoint, int checkpointEvery, boolean resume) {

    public TrainingRun {
        if (data == null || spec == null || trainSamples < 1 || testSamples < 0 || resolution < 0
                || checkpointEvery < 1) {
            throw new IllegalArgumentException("need data, spec, trainSamples >= 1, testSamples >= 0,"
                    + " resolution >= 0, checkpointEvery >= 1");
        }
        if (resume && checkpoint == null) {
            throw new IllegalArgumentException("resume needs a checkpoint file");
        }
    }
}
