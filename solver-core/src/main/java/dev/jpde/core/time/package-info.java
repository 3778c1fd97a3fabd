/**
 * Time integrators for {@link dev.jpde.core.equation.SemilinearPde}s, with coefficients as data: the adaptive
 * Dormand-Prince 8(5,3) with scipy's step control and dense output, explicit Runge-Kutta from Butcher tableaux
 * (classical RK4 and others), ETDRK4 with Kassam-Trefethen contour-integral coefficients, and split-step Fourier
 * (Strang and Yoshida's 4th-order composition).
 *
 * <p>Every integrator advances a spectral state to each requested output time (dense output or exact landing),
 * reports steps and outputs to a {@link dev.jpde.core.time.StepListener}, and stops with a
 * {@link dev.jpde.core.time.NonFiniteStateException} naming the time and step when the state stops being finite.
 * Workspaces are sized once per state size; steps do not allocate.
 */
package dev.jpde.core.time;
