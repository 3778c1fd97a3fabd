"""Split a 2-D GP-HM result's error into separable modes, and say how smooth the leading one is.

The error field e = u - u_exact on the test grid (/scales/x, /scales/y, /tasks/u, /tasks/u_exact of a jpde output
file) is a matrix; its singular value decomposition writes it as a sum of separable modes a_k(x) b_k(y). For each of
the leading modes this script prints its share of the relative L2 error and the fraction of each factor's energy in
its smooth part: its least-squares fit by a line and the first `--low` sine modes on the test axis (1.0: a smooth,
low-frequency mode). For Allen-Cahn outputs (`pde: allen-cahn` in the file's `case_yaml`, or `--allen-cahn`) it
also prints the root mean square of the linearised residual Laplacian(E) + (3 u_exact^2 - 1) E of the leading
mode's smooth part E, by central differences on the test grid: what that part of the error leaves in the equation.

    /usr/bin/python3 docs/benchmarks/gp_hm_error_modes.py out/gp-allencahn2d-mix_s1.h5
"""
import argparse

import h5py
import numpy as np


def smooth_part(v, low):
    """The least-squares fit of v by a line and the first `low` sine modes on its axis: v's smooth part."""
    t = np.linspace(0.0, 1.0, len(v))
    basis = np.column_stack([np.ones_like(t), t] + [np.sin(np.pi * k * t) for k in range(1, low + 1)])
    coef, *_ = np.linalg.lstsq(basis, v, rcond=None)
    return basis @ coef


def smooth_share(v, low):
    """Fraction of v's energy in its smooth part."""
    return 1 - np.sum((v - smooth_part(v, low)) ** 2) / np.sum(v ** 2)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--modes", type=int, default=3)
    ap.add_argument("--low", type=int, default=8, help="sine coefficients counted as low frequency (default 8)")
    ap.add_argument("--allen-cahn", action="store_true")
    a = ap.parse_args()
    with h5py.File(a.file, "r") as f:
        x = f["scales/x"][:]
        y = f["scales/y"][:]
        u = f["tasks/u"][:]
        exact = f["tasks/u_exact"][:]
        case = f.attrs.get("case_yaml", b"")
    case = case.decode() if isinstance(case, bytes) else str(case)
    allen_cahn = a.allen_cahn or "allen-cahn" in case
    e = u - exact
    norm = np.linalg.norm(exact)
    left, s, right = np.linalg.svd(e)
    print("%s: relative error %.3e" % (a.file, np.linalg.norm(e) / norm))
    for k in range(min(a.modes, len(s))):
        print("  mode %d: %.3e of the error; smooth share of its x factor %.3f, of its y factor %.3f"
              % (k, s[k] / norm, smooth_share(left[:, k], a.low), smooth_share(right[k], a.low)))
    if allen_cahn:
        mode = s[0] * np.outer(smooth_part(left[:, 0], a.low), smooth_part(right[0], a.low))
        hx, hy = x[1] - x[0], y[1] - y[0]
        lap = ((mode[2:, 1:-1] - 2 * mode[1:-1, 1:-1] + mode[:-2, 1:-1]) / hx ** 2
               + (mode[1:-1, 2:] - 2 * mode[1:-1, 1:-1] + mode[1:-1, :-2]) / hy ** 2)
        lin = lap + (3 * exact[1:-1, 1:-1] ** 2 - 1) * mode[1:-1, 1:-1]
        print("  mode 0, smooth part E: %.3e of the error, max |E| %.3e; rms of its linearised residual %.3e (of the"
              " Laplacian alone %.3e)" % (np.linalg.norm(mode) / norm, np.abs(mode).max(), np.sqrt(np.mean(lin ** 2)),
                                         np.sqrt(np.mean(lap ** 2))))


if __name__ == "__main__":
    main()
