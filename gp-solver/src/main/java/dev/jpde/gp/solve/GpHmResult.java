package dev.jpde.gp.solve;

import java.util.List;

/**
 * What a GP-HM run produced.
 *
 * @param checkpoints     every checkpoint, in order (the first at step 0)
 * @param prediction      prediction at the final parameters on the test grid, row-major
 * @param bestPrediction  prediction at the checkpoint of lowest training loss
 * @param errorFinal      error of the final prediction
 * @param errorBest       minimum error over checkpoints (the reference's protocol: selected with the exact solution)
 * @param errorMinLoss    error at the checkpoint with the lowest training loss
 * @param parameters      final parameter vector (layout of {@link dev.jpde.gp.model.GpHmModel})
 * @param seconds         training wall seconds
 */
public record GpHmResult(List<Checkpoint> checkpoints, double[] prediction, double[] bestPrediction, double errorFinal,
                         double errorBest, double errorMinLoss, double[] parameters, double seconds) {
}
