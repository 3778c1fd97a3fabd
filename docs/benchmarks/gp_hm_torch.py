"""Independent reference for GP-HM in 1-D: the authors' algorithm (spec gp-hm.md sections 2-5) in PyTorch float64.

Not the authors' code and not jpde's: a third implementation to compare jpde with on the same problem. It does what
the authors' JAX code does and jpde does not: gradients by automatic differentiation (no hand-derived formulas),
dense LU solves with K (torch.linalg.solve) and slogdet (no Toeplitz inverse, no Cholesky). Like jpde (and unlike
the authors' code, which evaluates k(x_i - x_j) on all N^2 pairs) it evaluates the kernel on the 2N - 1 lags of the
uniform grid and gathers them into the matrix; the two differ by rounding in the lag. Only the StM kernel, Poisson and Allen-Cahn, one stage (no extra GP).

Usage: /usr/bin/python3 gp_hm_torch.py EXACT L N F STEPS EVERY [--pde poisson|allen-cahn] [--lambda-b 200]
                                      [--export FILE.csv]
  e.g. gp_hm_torch.py "x*sin(200*x)" 6.283185307179586 900 50 20000 1000
EXACT is an expression in x (sin, cos, exp); its second derivative (the Poisson source) is taken by autodiff in float64,
which is exact to rounding for these closed forms. Prints loss, the three diagnostics and the relative L2 test
error (300 uniform test points) every EVERY steps, in the format of `jpde run gp-...` progress lines.
"""
import argparse
import math
import time

import numpy as np
import torch

torch.set_default_dtype(torch.float64)


def exact_fn(expr):
    def u(x):
        return eval(expr, {"sin": torch.sin, "cos": torch.cos, "exp": torch.exp, "x": x})
    return u


def second_derivative(u, x):
    x = x.clone().requires_grad_(True)
    (du,) = torch.autograd.grad(u(x).sum(), x, create_graph=True)
    (d2u,) = torch.autograd.grad(du.sum(), x)
    return d2u.detach()


def stm(r, logw, logls, mu):
    """k(r) and k''(r) of the Student-t mixture kernel (Matern-5/2 envelope), signed-lag closed forms (spec section 2)."""
    r = r.unsqueeze(-1)
    w, c, om = torch.exp(logw), math.sqrt(5.0) * torch.exp(logls), 2 * math.pi * mu
    t = c * r.abs()
    e = torch.exp(-t)
    g = (1 + t + t * t / 3) * e
    g1 = -(c * c / 3) * r * (1 + t) * e
    g2 = -(c * c / 3) * (1 + t - t * t) * e
    cs, sn = torch.cos(om * r), torch.sin(om * r)
    k = (w * g * cs).sum(-1)
    k2 = (w * (g2 * cs - 2 * om * g1 * sn - om * om * g * cs)).sum(-1)
    return k, k2


def main():
    p = argparse.ArgumentParser()
    for name in ("exact", "L", "N", "F", "steps", "every"):
        p.add_argument(name)
    p.add_argument("--pde", default="poisson")
    p.add_argument("--lambda-b", type=float, default=200.0)
    p.add_argument("--q", type=int, default=30)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--export", help="also write the checkpoints (full precision) to this CSV file")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    L, N, F, steps, every, Q = float(a.L), int(a.N), float(a.F), int(a.steps), int(a.every), a.q
    u_exact = exact_fn(a.exact)
    X = torch.linspace(0, 1, N) * L
    Xt = torch.linspace(0, 1, 300) * L
    ue, ut = u_exact(X), u_exact(Xt)
    f = second_derivative(u_exact, X)
    if a.pde == "allen-cahn":
        f = f + ue * (ue * ue - 1)
    g = ue[[0, -1]]

    U = torch.zeros(N, requires_grad=True)
    lt = torch.zeros((), requires_grad=True)
    lv = torch.zeros((), requires_grad=True)
    logw = torch.full((Q,), math.log(1.0 / Q), requires_grad=True)
    logls = torch.zeros(Q, requires_grad=True)
    mu = torch.linspace(0, F, Q).requires_grad_(True)
    params = [U, lt, lv, logw, logls, mu]
    opt = torch.optim.Adam(params, lr=1e-2, betas=(0.9, 0.999), eps=1e-8)
    lags = torch.arange(-(N - 1), N) * (L / (N - 1))
    gather = torch.arange(N)[:, None] - torch.arange(N)[None, :] + (N - 1)
    eye = torch.eye(N)

    def loss_and_parts():
        k, k2 = stm(lags, logw, logls, mu)
        k, k2 = k[gather], k2[gather]
        K = k + 1e-6 * eye
        alpha = torch.linalg.solve(K, U)
        uxx = k2 @ alpha
        H = uxx - f
        if a.pde == "allen-cahn":
            H = H + U * (U * U - 1)
        _, logdet = torch.linalg.slogdet(K)
        b = U[[0, -1]] - g
        loss = (0.5 * logdet + 0.5 * U @ alpha
                + a.lambda_b * (-0.5 * 2 * lt + 0.5 * torch.exp(lt) * (b @ b))
                + (-0.5 * N * lv + 0.5 * torch.exp(lv) * (H @ H)))
        return loss, K, b, H

    def test_error(K):
        with torch.no_grad():
            ks, _ = stm(Xt[:, None] - X[None, :], logw, logls, mu)
            pred = ks @ torch.linalg.solve(K, U)
            return (torch.linalg.norm(pred - ut) / torch.linalg.norm(ut)).item()

    t0 = time.time()
    best = math.inf
    rows = []
    for step in range(steps + 1):
        opt.zero_grad()
        loss, K, b, H = loss_and_parts()
        if step % every == 0:
            err = test_error(K.detach())
            best = min(best, err)
            rows.append((step, loss.item(), err, (b @ b).item() / 2, (H @ H).item() / N))
            print(f"step {step}/{steps}  loss {loss.item():.6g}  error {err:.3e}  boundary mse {(b @ b).item() / 2:.2e}"
                  f"  residual mse {(H @ H).item() / N:.2e}  {time.time() - t0:.1f} s", flush=True)
        if step == steps:
            break
        loss.backward()
        opt.step()
    if a.export:
        with open(a.export, "w") as out:
            out.write(f"# gp_hm_torch.py {a.exact} L={L} N={N} F={F} steps={steps} every={every} pde={a.pde}"
                      f" lambda_b={a.lambda_b} Q={Q}\n")
            out.write("step,loss,error,boundary_mse,residual_mse\n")
            for r in rows:
                out.write(f"{r[0]}," + ",".join(f"{v:.17g}" for v in r[1:]) + "\n")
    w = torch.exp(logw).detach()
    top = torch.argsort(w, descending=True)[:5]
    print(f"best over checkpoints {best:.3e}; dominant components (weight, mu, inverse length-scale):")
    for i in top:
        print(f"  {w[i].item():.4e}  {mu[i].item():.4f}  {math.exp(logls[i].item()):.4e}")


if __name__ == "__main__":
    main()
