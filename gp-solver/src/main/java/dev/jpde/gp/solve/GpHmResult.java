package dev.jpde.gp.solve;

import java.util.List;

/**
 * What a GP-HM run produced (for an extra-GP run: of the summed prediction of both stages).
 *
 * @param checkpoints     every checkpoint, in order (the first at step 0)
 * @param prediction      prediction at the final parameters on the test grid, row-major
 * @param bestPrediction  prediction at the checkpoint of lowest training loss (among the checkpoints of the last stage
 *                        that ran: the two stages minimise different objectives)
 * @param errorFinal      error of the final prediction
 * @param errorBest       minimum error over checkpoints (the reference's protocol: selected with the exact solution)
 * @param errorMinLoss    error at the checkpoint with the lowest training loss
 * @param parameters      final parameter vector (layout of {@link dev.jpde.gp.model.GpHmModel}; stage 1 of an
 *                        extra-GP run)
 * @param seconds         training wall seconds
 * @param stoppedEarly    whether the {@link EarlyStopRule} ended the run before its last step
 */
public record GpHmResult(List<Checkpoint> checkpoints, double[] prediction, double[] bestPrediction, double errorFinal,
                         double errorBest, double errorMinLoss, double[] parameters, double seconds,
                         boolean stoppedEarly) {
    /** Adam steps taken: the step of the last checkpoint. */
    public long stepsRun() {
        return checkpoints.get(checkpoints.size() - 1).step();
    }
}
