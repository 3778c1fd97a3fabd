/**
 * Fourier neural operators (Li et al., ICLR 2021) with hand-written backpropagation, float64.
 *
 * <h2>Data layout</h2>
 * A batch of {@code B} functions with {@code C} channels sampled at {@code s} grid points is one
 * flat, row-major {@code double[B * C * s]}: element {@code (b, c, j)} is at
 * {@code (b * C + c) * s + j}. This is PyTorch's {@code (B, C, s)} layout inside the Fourier
 * layers; with one channel it is also the {@code (B, s, 1)} layout of the network's input and output.
 * A 2-D grid of {@code sx x sy} points is one run of {@code s = sx * sy} points, row-major
 * ({@code j = p * sy + q}, y fastest): PyTorch's {@code (B, C, sx, sy)}, so the pointwise layers
 * serve both dimensions unchanged.
 *
 * <h2>Parts</h2>
 * <ul>
 * <li>{@link dev.jpde.operators.Layer}: forward into a caller-owned output; backward from the
 *     upstream gradient to the input gradient, adding parameter gradients into each
 *     {@link dev.jpde.operators.Parameter}'s own gradient buffer.</li>
 * <li>Layers: {@link dev.jpde.operators.SpectralConv1d}, {@link dev.jpde.operators.SpectralConv2d}
 *     (both mixing modes through the package's {@code ModeMixing}),
 *     {@link dev.jpde.operators.PointwiseLinear}, {@link dev.jpde.operators.Gelu} (exact erf form,
 *     {@link dev.jpde.operators.Erf}), {@link dev.jpde.operators.Lifting} (1-D and 2-D grids).</li>
 * <li>{@link dev.jpde.operators.Fno1d}: the network of the reference {@code fourier_1d.py}, with
 *     parameters named by that model's PyTorch {@code state_dict} keys, and
 *     {@link dev.jpde.operators.RelativeL2Loss}, the training loss summed over the batch.</li>
 * <li>{@link dev.jpde.operators.Fno2d}: the network of the reference {@code fourier_2d.py}
 *     (Darcy flow; zero padding of the grid, two corner blocks of spectral weights per layer),
 *     evaluated layer by layer through the {@link dev.jpde.operators.Layer}s above.</li>
 * <li>{@link dev.jpde.operators.Fno1dReplica}: the fast evaluator behind {@code Fno1d}'s forward and
 *     backward passes (fused, tiled sweeps; truncated transforms as dense products; exact-erf GELU
 *     without branches), with its own activations and gradient buffers, so that
 *     {@link dev.jpde.operators.BatchParallel} can split a mini-batch over threads with results that
 *     do not depend on the thread count. The {@link dev.jpde.operators.Layer} implementations above
 *     remain the module-by-module reference these passes are tested against.</li>
 * </ul>
 * Subpackages: {@code data} (Burgers datasets), {@code train} (Adam, schedule, trainer,
 * checkpoints), {@code eval} (errors across resolutions), {@code io} (weights files).
 *
 * <h2>Allocation</h2>
 * Layers and the network size their workspaces on the first call for a given batch and grid size
 * (growing, never shrinking); later forward and backward calls of that size allocate nothing.
 * Instances are not thread-safe.
 */
package dev.jpde.operators;
