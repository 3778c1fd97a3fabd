package dev.jpde.core.time;

/**
 * Work done by one integration.
 *
 * @param acceptedSteps   steps that advanced the solution
 * @param rejectedSteps   steps rejected by error control (0 for fixed-step methods)
 * @param rhsEvaluations  evaluations of the nonlinear term (one per stage; ETDRK4 uses 4 per step)
 * @param finalTime       time of the returned state
 */
public record IntegrationStats(long acceptedSteps, long rejectedSteps, long rhsEvaluations, double finalTime) {
}
