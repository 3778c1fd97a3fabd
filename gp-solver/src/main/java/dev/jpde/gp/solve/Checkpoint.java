package dev.jpde.gp.solve;

/**
 * The state of a GP-HM run at one checkpoint.
 *
 * @param step          Adam steps taken
 * @param loss          negative log joint
 * @param error         relative L2 error of the prediction on the test grid (NaN if no exact solution)
 * @param boundaryMse   mean squared boundary misfit
 * @param residualMse   mean squared PDE residual on the grid
 * @param seconds       wall seconds since the start of training
 */
public record Checkpoint(long step, double loss, double error, double boundaryMse, double residualMse, double seconds) {
}
