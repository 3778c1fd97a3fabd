"""Write a jpde Burgers dataset (HDF5, `jpde fno data`) as the PyTorch baseline's data cache, so that
../shared/baselines/fno_burgers_torch.py trains on exactly the samples jpde trained on.

Usage: /usr/bin/python3 h5_to_torch_cache.py DATA.h5 S OUT_DIR
Slices every (points / S)-th grid point from index 0, as jpde's OperatorDataset does, narrows to float32 (the
baseline's cache type) and writes OUT_DIR/data_jmlr_n<N>_s<S>_g<points>_seed<seed>_{a,u}.npy and _meta.json. Then:
  /usr/bin/python3 ../shared/baselines/fno_burgers_torch.py --epochs 500 --gen-res <points> --out OUT_DIR
(the baseline's default split, first 1000 train / last 100 test, is jpde's).
"""
import json
import os
import sys

import h5py
import numpy as np

src, s, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with h5py.File(src, "r") as f:
    a, u = f["a"][:], f["u"][:]
    attrs = {k: f.attrs[k] for k in ("length", "viscosity", "sigma", "tau", "gamma", "time", "seed")}
n, points = a.shape
if points % s:
    sys.exit(f"{src}: {points} points is not a multiple of s = {s}")
a, u = a[:, :: points // s].astype(np.float32), u[:, :: points // s].astype(np.float32)
tag = f"jmlr_n{n}_s{s}_g{points}_seed{int(attrs['seed'])}"
os.makedirs(out, exist_ok=True)
np.save(os.path.join(out, f"data_{tag}_a.npy"), a)
np.save(os.path.join(out, f"data_{tag}_u.npy"), u)
meta = dict(preset="jmlr", L=float(attrs["length"]), nu=float(attrs["viscosity"]), sigma=float(attrs["sigma"]),
            tau=float(attrs["tau"]), gam=float(attrs["gamma"]), T=float(attrs["time"]), n=n, s=s, gen_res=points,
            seed=int(attrs["seed"]), gen_seconds=0.0, source=f"jpde dataset {src}", a_std=float(a.std()),
            u_std=float(u.std()))
with open(os.path.join(out, f"data_{tag}_meta.json"), "w") as f:
    json.dump(meta, f, indent=1)
print(f"wrote {out}/data_{tag}_*: {n} samples x {s} points")
