/**
 * HDF5 output and input; the only package of jpde that imports jhdf ({@code io.jhdf}).
 *
 * <h2>What is here</h2>
 * <ul>
 * <li>{@link dev.jpde.io.hdf5.FileSetWriter}: a run's time series as Dedalus-style file sets
 *     {@code <case>_s1.h5}, {@code _s2.h5}, ... of at most {@code max_writes} writes each, with
 *     the layout documented on that class and an XDMF sidecar per set for ParaView.</li>
 * <li>{@link dev.jpde.io.hdf5.H5Writer}: one file of named arrays and attributes (FNO weights,
 *     GP results) through the jhdf-free builder {@link dev.jpde.io.hdf5.GroupWriter}.</li>
 * <li>{@link dev.jpde.io.hdf5.H5File} and {@link dev.jpde.io.hdf5.FileSetReader}: reading back,
 *     including whole directories of sets and a text summary for {@code jpde info}.</li>
 * </ul>
 *
 * <h2>Why it looks like this (jhdf 0.13.0)</h2>
 * jhdf writes nothing before {@code close()}, cannot append or reopen a file, holds the arrays
 * it is given by reference and does not truncate an existing file. Hence: a set is buffered in
 * memory and written in one go; callers' arrays are copied; every file is written under a hidden
 * temporary name ({@code .<name>.tmp-<random>}) and renamed into place atomically, so a killed run
 * never leaves a partial file under a final name. jhdf has no complex type: complex fields get a
 * trailing axis of length 2 holding {@code (re, im)}. jhdf writes no dimension scales, so every
 * dataset carries a string attribute {@code dims} naming its axes instead ({@code "t x c"}).
 * jhdf logs an INFO line per object and a WARN per file; set the {@code io.jhdf} logger to ERROR.
 *
 * <h2>Reading the files from Python</h2>
 * With h5py (strings are fixed-length and come back as {@code bytes}):
 * <pre>
 * import h5py
 * with h5py.File("out/kdv_s1.h5", "r") as f:
 *     yaml = f.attrs["case_yaml"].decode()
 *     t = f["scales/t"][:]                        # (writes,)
 *     x = f["scales/x"][:]                        # (nx,)
 *     u = f["tasks/u"][:]                         # (writes, nx); 2-D: (writes, nx, ny)
 *     psi = f["tasks/psi"][:]                     # (writes, nx, 2)
 *     psi = psi[..., 0] + 1j * psi[..., 1]        # complex128 (writes, nx)
 *     mass = f["diagnostics/mass"][:]             # (writes,)
 * </pre>
 * With xarray (h5netcdf engine), which needs {@code phony_dims="sort"} because there are no
 * dimension scales; then rename the phony dimensions after each variable's {@code dims}:
 * <pre>
 * import xarray as xr
 * ds = xr.open_dataset("out/kdv_s1.h5", engine="h5netcdf", group="tasks", phony_dims="sort")
 * names = {}
 * for var in ds.data_vars.values():
 *     labels = var.attrs["dims"]
 *     labels = labels.decode() if isinstance(labels, bytes) else labels
 *     names.update(zip(var.dims, labels.split()))
 * ds = ds.rename_dims(names)
 * </pre>
 * h5netcdf shares one phony dimension between axes of equal length within a group (for example
 * {@code nx == writes}); if two such axes have different {@code dims} labels the rename is
 * ambiguous, so use h5py. For all sets at once, concatenate along {@code t}:
 * {@code xr.concat([open(f) for f in sorted(files, key=set_number)], dim="t")}, ordering files by
 * the number after {@code _s} (not lexically: {@code _s10} follows {@code _s9}).
 */
package dev.jpde.io.hdf5;
