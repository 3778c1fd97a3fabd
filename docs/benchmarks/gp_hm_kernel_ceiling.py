#!/usr/bin/env python3
"""The best error a 1-D Poisson GP-HM run could reach with the kernel it learned.

For a fixed kernel k the GP-HM loss is quadratic in the grid values u once the two precisions are fixed:

    u^T K^-1 u + v ||D2 K^-1 u - f||^2 + tau ||u_b - g||^2,

so its minimiser solves one linear system. Sweeping v and tau and predicting at the test points with the posterior
mean k(x*, X) K^-1 u gives the lowest test error any U could reach with that kernel: the kernel's ceiling. If a run
ends near its own kernel's ceiling, the kernel, not the U it trained, limits the error.

Three kernels are tried: the learned one (from a jpde GP-HM HDF5 output), the same one divided by k(0) (so the
absolute 1e-6 jitter of the reference weighs as it would at unit scale: shows what the learned weight does to the
conditioning), and, with --mu, one StM component at that frequency with inverse length scale --b (default 0.1).

    /usr/bin/python3 docs/benchmarks/gp_hm_kernel_ceiling.py OUT/gp-poisson1d-xsin200_s1.h5 --mu 31.831

Needs numpy, h5py and PyYAML (Debian: python3-numpy python3-h5py python3-yaml). Dense O(N^3): N = 900 takes a
minute. StM and GM kernels (spec gp-hm.md section 2), Poisson only.
"""
import argparse
import re

import h5py
import numpy as np
import yaml

JITTER = 1e-6


def kernel(r, comps, family):
    """k(r) and k''(r) of a mixture of (w, inverse length scale, mu) components."""
    k = np.zeros_like(r)
    k2 = np.zeros_like(r)
    for w, b, mu in comps:
        om = 2 * np.pi * mu
        if family == "stm":
            c = np.sqrt(5) * b
            t = c * np.abs(r)
            e = np.exp(-t)
            g = (1 + t + t * t / 3) * e
            g1 = -(c * c / 3) * r * (1 + t) * e
            g2 = -(c * c / 3) * (1 + t - t * t) * e
        else:
            g = np.exp(-b * r * r)
            g1 = -2 * b * r * g
            g2 = (4 * b * b * r * r - 2 * b) * g
        cs = np.cos(om * r)
        sn = np.sin(om * r)
        k += w * g * cs
        k2 += w * (g2 * cs - 2 * om * g1 * sn - om * om * g * cs)
    return k, k2


def ceiling(comps, family, x, f, g_b, xt, ut):
    """(best test error, v, tau) over a sweep of the two precisions."""
    kk, d2 = kernel(x[:, None] - x[None, :], comps, family)
    kinv = np.linalg.inv(kk + JITTER * np.eye(len(x)))
    a = d2 @ kinv
    b = np.zeros((2, len(x)))
    b[0, 0] = 1
    b[1, -1] = 1
    kt, _ = kernel(xt[:, None] - x[None, :], comps, family)
    best = None
    for v in 10.0 ** np.arange(-8, 5, 2):
        for tau in (1e2, 1e6, 1e10):
            u = np.linalg.solve(kinv + v * a.T @ a + tau * b.T @ b, v * a.T @ f + tau * b.T @ g_b)
            err = np.linalg.norm(kt @ (kinv @ u) - ut) / np.linalg.norm(ut)
            if best is None or err < best[0]:
                best = (err, v, tau)
    return best


def numpy_expression(text, x):
    names = {n: getattr(np, n) for n in ("sin", "cos", "tan", "exp", "log", "sqrt", "sinh", "cosh", "tanh")}
    names.update(x=x, pi=np.pi, abs=np.abs)
    return eval(re.sub(r"\^", "**", text), {"__builtins__": {}}, names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("result", help="a jpde GP-HM output file (1-D Poisson)")
    ap.add_argument("--mu", type=float, help="also try one StM component at this frequency (cycles per unit)")
    ap.add_argument("--b", type=float, default=0.1, help="its inverse length scale (default 0.1)")
    args = ap.parse_args()
    with h5py.File(args.result, "r") as h:
        case = yaml.safe_load(h.attrs["case_yaml"])
        source = h.attrs["source_expression"]
        source = source.decode() if isinstance(source, bytes) else source
        kx = h["kernel/x"]
        learned = list(zip(kx["weight"][:], kx["inverse_length_scale"][:], kx["frequency"][:]))
    problem = case["problem"]
    if problem.get("pde", "poisson") != "poisson" or len(problem["points"]) != 1:
        raise SystemExit("only 1-D Poisson results are supported")
    family = case.get("kernel", {}).get("type", "stm")
    if family not in ("stm", "gm"):
        raise SystemExit("only stm and gm kernels are supported, got " + family)
    length = problem.get("domain", [2 * np.pi])[0]
    n = problem["points"][0]
    m = problem.get("test_points", [300])[0]
    x = np.linspace(0, length, n)
    xt = np.linspace(0, length, m)
    f = numpy_expression(source, x) * np.ones(n)
    exact = lambda s: numpy_expression(problem["exact"], s) * np.ones(len(s))
    g_b = exact(x[[0, -1]])
    ut = exact(xt)
    k0 = sum(w for w, _, _ in learned)
    kernels = [("learned kernel (k(0) = %.3g)" % k0, learned, family),
               ("learned kernel / k(0)", [(w / k0, b, mu) for w, b, mu in learned], family)]
    if args.mu is not None:
        kernels.append(("one StM component, mu %.4f, b %.3g" % (args.mu, args.b), [(1.0, args.b, args.mu)], "stm"))
    for name, comps, fam in kernels:
        err, v, tau = ceiling(comps, fam, x, f, g_b, xt, ut)
        print("%-45s best test error %.3e  (v %.0e, tau %.0e)" % (name, err, v, tau))


if __name__ == "__main__":
    main()
