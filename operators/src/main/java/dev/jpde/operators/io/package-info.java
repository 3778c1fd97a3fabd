/**
 * FNO weights in HDF5 files, keyed by the PyTorch {@code state_dict} names of the reference models,
 * through the jhdf-free API of {@code dev.jpde.io.hdf5}: {@link dev.jpde.operators.io.FnoWeights}
 * for {@code Fno1d} ({@code fourier_1d.py}), {@link dev.jpde.operators.io.Fno2dWeights} for
 * {@code Fno2d} ({@code fourier_2d.py}, whose spectral layers hold {@code weights1} and
 * {@code weights2}).
 *
 * <p>Layout (shared with the PyTorch export of {@code fno_burgers_torch.py --export}): group
 * {@code /params} holds one float64 dataset per tensor, named by its key ({@code fc0.weight},
 * {@code conv0.weights1}, {@code w0.bias}, ...) and shaped as in PyTorch; complex tensors get a
 * trailing axis of length 2 holding {@code (re, im)}. Optionally {@code /grads} holds the
 * accumulated gradients in the same form. Reading from h5py:
 * <pre>
 * import h5py, torch
 * with h5py.File("fno.h5") as f:
 *     sd = {k: torch.from_numpy(v[()]) for k, v in f["params"].items()}
 * sd = {k: torch.view_as_complex(v.contiguous()) if ".weights" in k else v for k, v in sd.items()}
 * model.load_state_dict(sd)
 * </pre>
 */
package dev.jpde.operators.io;
