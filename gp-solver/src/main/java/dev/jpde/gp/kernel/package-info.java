/**
 * Per-dimension kernels of the GP-HM spectral-mixture Gaussian-process PDE solver (Fang et al., ICLR 2024).
 *
 * <p>A {@link dev.jpde.gp.kernel.MixtureKernel1d} is a stationary 1-D kernel {@code k(r) = sum_q w_q g_q(r) C_q(r)},
 * a sum of Q components, each an {@link dev.jpde.gp.kernel.Envelope} g (Gaussian or Matérn-5/2) times, for the
 * spectral-mixture {@link dev.jpde.gp.kernel.KernelFamily families}, a cosine carrier {@code cos(2 pi mu r)}. It
 * gives k and its first two derivatives in the <em>signed</em> lag {@code r = x - x'} (smooth at r = 0), and the
 * derivatives of all three with respect to every unconstrained parameter (log-weight, log-inverse-length-scale,
 * frequency), so that the solver needs no automatic differentiation.
 *
 * <p>{@link dev.jpde.gp.kernel.UniformGridKernelMatrices} fills the grid matrices K (with jitter), D1 and D2 from the
 * 2N-1 lags of a uniform grid (they are Toeplitz) and reduces gradient weight matrices G to per-parameter gradients
 * through their diagonal sums, in O(N^2 + N Q) instead of O(N^2 Q).
 */
package dev.jpde.gp.kernel;
