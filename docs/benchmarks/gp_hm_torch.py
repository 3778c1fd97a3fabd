"""Independent reference for GP-HM: the authors' algorithm (spec gp-hm.md sections 2-5) in PyTorch float64.

Not the authors' code and not jpde's: a third implementation to compare jpde with on the same problem. It does what
the authors' JAX code does and jpde does not: gradients by automatic differentiation (no hand-derived formulas),
dense LU solves with K (torch.linalg.solve) and slogdet (no Toeplitz inverse, no Cholesky). Like jpde (and unlike
the authors' code, which evaluates k(x_i - x_j) on all N^2 pairs) it evaluates the kernel on the 2N - 1 lags of the
uniform grid and gathers them into the matrix; the two differ by rounding in the lag.
StM kernel only; Poisson, Allen-Cahn (1-D and 2-D) and advection (2-D); one stage (no extra GP).

Usage: /usr/bin/python3 gp_hm_torch.py EXACT L N F STEPS EVERY [--pde poisson|allen-cahn|advection] [--beta 200]
                                      [--lambda-b 200] [--export FILE.csv]
  e.g. gp_hm_torch.py "x*sin(200*x)" 6.283185307179586 900 50 20000 1000
       gp_hm_torch.py "sin(x-200*y)" 1 40x48 40 100 5 --pde advection --lambda-b 500
EXACT is an expression in x (and y) using sin, cos, exp; N is "N" (1-D) or "N1xN2" (2-D, the box [0, L]^2, one
kernel per dimension, both initialised with frequencies up to F). The source is taken from EXACT by autodiff in
float64, exact to rounding. Prints loss, boundary and residual mean squares and the relative L2 test error
(300 or 300 x 300 uniform test points) every EVERY steps, in the format of `jpde run gp-...` progress lines.
"""
import argparse
import math
import time

import torch

torch.set_default_dtype(torch.float64)


def exact_fn(expr):
    def u(x, y=None):
        return eval(expr, {"sin": torch.sin, "cos": torch.cos, "exp": torch.exp, "x": x, "y": y})
    return u


def derivative(values, var, create_graph=False):
    (d,) = torch.autograd.grad(values.sum(), var, create_graph=create_graph)
    return d


def stm(r, logw, logls, mu):
    """k, k' and k'' of the Student-t mixture kernel (Matern-5/2 envelope) at signed lags r (spec section 2)."""
    r = r.unsqueeze(-1)
    w, c, om = torch.exp(logw), math.sqrt(5.0) * torch.exp(logls), 2 * math.pi * mu
    t = c * r.abs()
    e = torch.exp(-t)
    g = (1 + t + t * t / 3) * e
    g1 = -(c * c / 3) * r * (1 + t) * e
    g2 = -(c * c / 3) * (1 + t - t * t) * e
    cs, sn = torch.cos(om * r), torch.sin(om * r)
    k = (w * g * cs).sum(-1)
    k1 = (w * (g1 * cs - om * g * sn)).sum(-1)
    k2 = (w * (g2 * cs - 2 * om * g1 * sn - om * om * g * cs)).sum(-1)
    return k, k1, k2


class Axis:
    """One dimension: its grid, its kernel parameters (spec initialisation) and its matrices K, D1, D2."""

    def __init__(self, L, n, F, Q):
        self.n = n
        self.x = torch.linspace(0, 1, n) * L
        self.test = torch.linspace(0, 1, 300) * L
        self.lags = torch.arange(-(n - 1), n) * (L / (n - 1))
        self.gather = torch.arange(n)[:, None] - torch.arange(n)[None, :] + (n - 1)
        self.logw = torch.full((Q,), math.log(1.0 / Q), requires_grad=True)
        self.logls = torch.zeros(Q, requires_grad=True)
        self.mu = torch.linspace(0, F, Q).requires_grad_(True)

    def params(self):
        return [self.logw, self.logls, self.mu]

    def matrices(self):
        k, k1, k2 = (m[self.gather] for m in stm(self.lags, self.logw, self.logls, self.mu))
        return k + 1e-6 * torch.eye(self.n), k1, k2

    def cross(self):
        """k(x*_i - x_j) between the test points and the grid."""
        return stm(self.test[:, None] - self.x[None, :], self.logw, self.logls, self.mu)[0]


def main():
    p = argparse.ArgumentParser()
    for name in ("exact", "L", "N", "F", "steps", "every"):
        p.add_argument(name)
    p.add_argument("--pde", default="poisson", choices=["poisson", "allen-cahn", "advection"])
    p.add_argument("--beta", type=float, default=200.0)
    p.add_argument("--lambda-b", type=float, default=200.0)
    p.add_argument("--q", type=int, default=30)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--export", help="also write the checkpoints (full precision) to this CSV file")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    L, F, steps, every, Q = float(a.L), float(a.F), int(a.steps), int(a.every), a.q
    sizes = [int(s) for s in a.N.split("x")]
    u_exact = exact_fn(a.exact)
    axes = [Axis(L, n, F, Q) for n in sizes]
    two_d = len(axes) == 2
    if a.pde == "advection" and not two_d:
        raise SystemExit("advection needs a 2-D grid (x and t)")

    # exact solution, source and boundary data on the grid; exact solution on the test points
    if two_d:
        X, Y = torch.meshgrid(axes[0].x, axes[1].x, indexing="ij")
        X, Y = X.clone().requires_grad_(True), Y.clone().requires_grad_(True)
        ue = u_exact(X, Y)
        ux, uy = derivative(ue, X, True), derivative(ue, Y, True)
        if a.pde == "advection":
            f = a.beta * ux + uy
        else:
            f = derivative(ux, X, True) + derivative(uy, Y, True)
        ue, f = ue.detach(), f.detach()
        Xt, Yt = torch.meshgrid(axes[0].test, axes[1].test, indexing="ij")
        ut = u_exact(Xt, Yt)
    else:
        X = axes[0].x.clone().requires_grad_(True)
        ue = u_exact(X)
        f = derivative(derivative(ue, X, True), X).detach()
        ue = ue.detach()
        ut = u_exact(axes[0].test)
    if a.pde == "allen-cahn":
        f = f + ue * (ue * ue - 1)

    def boundary(V):
        """1-D: both ends; 2-D: the four edges, corners twice (spec section 3)."""
        if two_d:
            return torch.cat([V[0, :], V[-1, :], V[:, 0], V[:, -1]])
        return V[[0, -1]]

    g = boundary(ue)
    U = torch.zeros(tuple(sizes), requires_grad=True)
    lt = torch.zeros((), requires_grad=True)
    lv = torch.zeros((), requires_grad=True)
    params = [U, lt, lv] + [q for ax in axes for q in ax.params()]
    opt = torch.optim.Adam(params, lr=1e-2, betas=(0.9, 0.999), eps=1e-8)
    M = U.numel()

    def loss_and_parts():
        mats = [ax.matrices() for ax in axes]
        K1, D1x, D2x = mats[0]
        V1 = torch.linalg.solve(K1, U)                     # K1^-1 U
        logdet = (M // axes[0].n) * torch.linalg.slogdet(K1)[1]
        if two_d:
            K2, D1y, D2y = mats[1]
            W2 = torch.linalg.solve(K2, U.T).T                # U K2^-1 (K2 symmetric)
            A = torch.linalg.solve(K2, V1.T).T                # K1^-1 U K2^-1
            quad = (U * A).sum()
            logdet = logdet + (M // axes[1].n) * torch.linalg.slogdet(K2)[1]
            if a.pde == "advection":
                H = a.beta * (D1x @ V1) + W2 @ D1y.T - f
            else:
                H = D2x @ V1 + W2 @ D2y.T - f
        else:
            quad = U @ V1
            H = D2x @ V1 - f
        if a.pde == "allen-cahn":
            H = H + U * (U * U - 1)
        b = boundary(U) - g
        nb = b.numel()
        loss = (0.5 * logdet + 0.5 * quad
                + a.lambda_b * (-0.5 * nb * lt + 0.5 * torch.exp(lt) * (b * b).sum())
                + (-0.5 * M * lv + 0.5 * torch.exp(lv) * (H * H).sum()))
        return loss, [m[0] for m in mats], b, H

    def test_error(Ks):
        with torch.no_grad():
            V = torch.linalg.solve(Ks[0], U)
            pred = axes[0].cross() @ V
            if two_d:
                pred = torch.linalg.solve(Ks[1], pred.T).T @ axes[1].cross().T
            return (torch.linalg.norm(pred - ut) / torch.linalg.norm(ut)).item()

    t0 = time.time()
    best = math.inf
    rows = []
    for step in range(steps + 1):
        opt.zero_grad()
        loss, Ks, b, H = loss_and_parts()
        if step % every == 0:
            err = test_error([K.detach() for K in Ks])
            best = min(best, err)
            bmse, rmse = (b * b).mean().item(), (H * H).mean().item()
            rows.append((step, loss.item(), err, bmse, rmse))
            print(f"step {step}/{steps}  loss {loss.item():.6g}  error {err:.3e}  boundary mse {bmse:.2e}"
                  f"  residual mse {rmse:.2e}  {time.time() - t0:.1f} s", flush=True)
        if step == steps:
            break
        loss.backward()
        opt.step()
    if a.export:
        with open(a.export, "w") as out:
            out.write(f"# gp_hm_torch.py {a.exact} L={L} N={a.N} F={F} steps={steps} every={every} pde={a.pde}"
                      f" beta={a.beta} lambda_b={a.lambda_b} Q={Q}\n")
            out.write("step,loss,error,boundary_mse,residual_mse\n")
            for r in rows:
                out.write(f"{r[0]}," + ",".join(f"{v:.17g}" for v in r[1:]) + "\n")
    print(f"best over checkpoints {best:.3e}; dominant components per dimension (weight, mu, inverse length-scale):")
    for ax in axes:
        w = torch.exp(ax.logw).detach()
        for i in torch.argsort(w, descending=True)[:3]:
            print(f"  {w[i].item():.4e}  {ax.mu[i].item():.4f}  {math.exp(ax.logls[i].item()):.4e}")


if __name__ == "__main__":
    main()
