package dev.jpde.operators.train;

/**
 * One finished epoch.
 *
 * @param epoch        1-based epoch number
 * @param epochs       epochs planned in total
 * @param learningRate the learning rate used in this epoch
 * @param trainError   mean relative L2 error over the training samples, accumulated while the
 *                     weights changed during the epoch (the reference code's figure)
 * @param testError    mean relative L2 error over the test samples after the epoch (NaN without test data)
 * @param trainSeconds wall time of the optimisation steps
 * @param testSeconds  wall time of the test evaluation
 */
public record EpochReport(int epoch, int epochs, double learningRate, double trainError, double testError,
                          double trainSeconds, double testSeconds) {

    /** Wall time of the epoch, training and test. */
    public double seconds() {
        return trainSeconds + testSeconds;
    }

    /** A one-line summary: {@code epoch   12/500  lr 1.000e-03  train 0.012345  test 0.013456  8.91 s}. */
    public String line() {
        return String.format("epoch %4d/%d  lr %.3e  train %.6f  test %.6f  %.2f s (train %.2f, test %.2f)",
                epoch, epochs, learningRate, trainError, testError, seconds(), trainSeconds, testSeconds);
    }
}
