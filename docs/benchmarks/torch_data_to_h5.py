"""Copy the PyTorch baseline's cached Burgers data (.npy, float32) into a jpde operator dataset (HDF5).

Usage: /usr/bin/python3 torch_data_to_h5.py DATA_PREFIX OUT.h5
DATA_PREFIX is the cache path without the _a.npy / _u.npy suffix, e.g.
/tmp/fno_torch_sitting/data_jmlr_n1100_s1024_g1024_seed0 (written by fno_burgers_torch.py).
The grid is x_j = j L / s with L = 2 pi (preset jmlr); values are widened to float64 unchanged.
"""
import json
import sys

import h5py
import numpy as np

prefix, out = sys.argv[1], sys.argv[2]
a = np.load(prefix + "_a.npy").astype(np.float64)
u = np.load(prefix + "_u.npy").astype(np.float64)
meta = json.load(open(prefix + "_meta.json"))
s = a.shape[1]
with h5py.File(out, "w") as f:
    f["a"] = a
    f["u"] = u
    f["x"] = np.arange(s) * meta["L"] / s
    f.attrs["source"] = "fno_burgers_torch.py data cache " + prefix
    for k in ("preset", "L", "nu", "sigma", "tau", "gam", "T", "seed", "dt", "steps"):
        f.attrs[k] = meta[k]
print(f"wrote {out}: {a.shape[0]} samples x {s} points")
