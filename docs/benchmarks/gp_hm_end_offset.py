"""Split a 1-D GP-HM result's error into the line through its end offsets and the rest.

The prediction of a 1-D GP-HM run is the posterior mean m(x). Where the residual term has fitted m'' to f, an error
of m at the two ends (x = 0 and x = L, which are test points) spreads through the domain as the straight line
between them. This script reads a jpde output file (/scales/x, /tasks/u, /tasks/u_exact) and prints the relative
L2 error, the end offsets, and the relative error left after subtracting that line.

    /usr/bin/python3 docs/benchmarks/gp_hm_end_offset.py out/gp-poisson1d-sin500_s1.h5
"""
import sys

import h5py
import numpy as np

for name in sys.argv[1:]:
    with h5py.File(name, "r") as f:
        x = f["scales/x"][:]
        u = f["tasks/u"][:]
        exact = f["tasks/u_exact"][:]
        fit = f.attrs.get("fit_on", b"latent")
    e = u - exact
    line = e[0] + (e[-1] - e[0]) * (x - x[0]) / (x[-1] - x[0])
    norm = np.linalg.norm(exact)
    print("%s (fit_on %s): error %.3e; end offsets %.3e, %.3e; without their line %.3e"
          % (name, fit.decode() if isinstance(fit, bytes) else fit, np.linalg.norm(e) / norm, e[0], e[-1],
             np.linalg.norm(e - line) / norm))
