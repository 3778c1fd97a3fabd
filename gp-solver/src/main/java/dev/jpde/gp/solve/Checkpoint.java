package dev.jpde.gp.solve;

/**
 * The state of a GP-HM run at one checkpoint.
 *
 * @param step          Adam steps taken (counted over the whole run, both stages of an extra-GP run)
 * @param loss          negative log joint of the model being trained (stage 2 of an extra-GP run: its own objective,
 *                      see {@link dev.jpde.gp.model.ExtraGp})
 * @param error         relative L2 error of the prediction on the test grid (NaN if no exact solution); an extra-GP
 *                      run predicts with the sum of both stages
 * @param boundaryMse   mean squared boundary misfit (of the sum, in stage 2)
 * @param residualMse   mean squared PDE residual on the grid (of the sum, in stage 2)
 * @param seconds       wall seconds since the start of training
 * @param stage         1, or 2 for the second GP of an extra-GP run
 */
public record Checkpoint(long step, double loss, double error, double boundaryMse, double residualMse, double seconds,
                         int stage) {
}
