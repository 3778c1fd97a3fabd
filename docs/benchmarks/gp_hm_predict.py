"""Evaluate a jpde GP-HM result's posterior mean at any points, from its output file alone (h5py + numpy).

A GP-HM output holds the trained latent values on the collocation grid (/model/u, nodes /model/x and /model/y), the
kernel family and the diagonal added to each K_j (attributes of /model), and each dimension's spectral-mixture kernel
(/kernel/<dim>/weight, inverse_length_scale, frequency). The posterior mean is

    1-D: m(x) = k(x, X) K^-1 U,        2-D: m(x, y) = k_1(x, X_1) K_1^-1 U K_2^-1 k_2(X_2, y),

with K_j = k_j(X_j, X_j) + jitter_j I and, per component q, k(r) = w_q g(r) cos(2 pi mu_q r): g = exp(-a r^2) for
the gm and se families (a = inverse_length_scale; no cosine for se), g = (1 + t + t^2/3) exp(-t), t = sqrt(5) b |r|
for stm and matern (b = inverse_length_scale; no cosine for matern). An extra-GP run adds its second stage,
/extra_gp/model with /extra_gp/kernel (one Matern-5/2 component).

    /usr/bin/python3 docs/benchmarks/gp_hm_predict.py OUT.h5            # m on the file's test grid vs /tasks/u
    /usr/bin/python3 docs/benchmarks/gp_hm_predict.py OUT.h5 0.1 0.25   # m at x = 0.1 (1-D) or (0.1, 0.25) (2-D)

As a module: predict(h5py.File(...), xs[, ys]) returns m on the grid xs (x ys).
"""
import sys

import h5py
import numpy as np


def _text(v):
    return v.decode() if isinstance(v, bytes) else str(v)


def kernel(group, kind, r):
    """k(r) of the mixture kernel stored in `group` (weight, inverse_length_scale[, frequency])."""
    w = group["weight"][...]
    p = group["inverse_length_scale"][...]
    mu = group["frequency"][...] if "frequency" in group else np.zeros_like(w)
    out = np.zeros_like(r, dtype=float)
    for q in range(len(w)):
        if kind in ("gm", "se"):
            g = np.exp(-p[q] * r * r)
        else:
            t = np.sqrt(5.0) * p[q] * np.abs(r)
            g = (1 + t + t * t / 3) * np.exp(-t)
        if kind in ("gm", "stm"):
            g = g * np.cos(2 * np.pi * mu[q] * r)
        out += w[q] * g
    return out


def _stage(f, model_path, kernel_path, points):
    model = f[model_path]
    kind = _text(model.attrs["kernel"])
    dims = _text(f["tasks/u"].attrs["dims"]).split()
    a = model["u"][...]
    lefts = []
    for j, name in enumerate(dims):
        nodes = model[name][...]
        k = kernel(f[kernel_path + name], kind, nodes[:, None] - nodes[None, :])
        k += model.attrs["jitter_" + name] * np.eye(len(nodes))
        a = np.moveaxis(np.linalg.solve(k, np.moveaxis(a, j, 0)), 0, j)
        lefts.append(kernel(f[kernel_path + name], kind, np.asarray(points[j])[:, None] - nodes[None, :]))
    if len(dims) == 1:
        return lefts[0] @ a
    return lefts[0] @ a @ lefts[1].T


def predict(f, *points):
    """The posterior mean on the grid spanned by `points` (one array per dimension), both stages of an extra-GP run."""
    m = _stage(f, "model", "kernel/", points)
    if "extra_gp/model" in f:
        m = m + _stage(f, "extra_gp/model", "extra_gp/kernel/", points)
    return m


def main():
    with h5py.File(sys.argv[1], "r") as f:
        dims = _text(f["tasks/u"].attrs["dims"]).split()
        if len(sys.argv) > 2:
            points = [np.array([float(v)]) for v in sys.argv[2:2 + len(dims)]]
            print(" ".join("%.17g" % v for v in np.ravel(predict(f, *points))))
            return
        m = predict(f, *[f["scales/" + name][...] for name in dims])
        u = f["tasks/u"][...]
        print("max |m - /tasks/u| / max |/tasks/u| = %.3e" % (np.abs(m - u).max() / np.abs(u).max()))


if __name__ == "__main__":
    main()
