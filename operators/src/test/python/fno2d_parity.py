"""Writes the float64 PyTorch parity fixture of the 2-D FNO: operators/src/test/resources/fno/fno2d_parity.h5.

Run with the Debian interpreter that sees python3-torch and python3-h5py (no GPU, a few seconds):

    /usr/bin/python3 operators/src/test/python/fno2d_parity.py [--out PATH]

The model is a re-implementation of the final fourier_2d.py of the FNO reference code (Li et al.,
zongyi-li/fourier_neural_operator), in float64, with the layer and network sizes as arguments:

  SpectralConv2d: x_ft = rfft2(x); out_ft = 0 of shape (B, out, sx, sy//2 + 1);
                  out_ft[:, :, :m1, :m2] = einsum(x_ft[:, :, :m1, :m2], weights1);
                  out_ft[:, :, -m1:, :m2] = einsum(x_ft[:, :, -m1:, :m2], weights2)   (this one wins on overlap);
                  y = irfft2(out_ft, s=(sx, sy)).
  FNO2d:          v = fc0(cat(a, gridx, gridy)) with grid = linspace(0, 1, n) per axis; permute to (B, C, sx, sy);
                  F.pad(v, [0, p, 0, p]); four times z = conv_l(v) + w_l(v) (Conv2d 1x1), GELU between
                  layers; crop [..., :-p, :-p]; permute back; fc2(gelu(fc1(.))).
                  Registration order as in the reference: fc0, conv0..3, w0..3, fc1, fc2.

Deviations from the reference file, none of which changes the function computed: float64 throughout
(the reference builds its grid in float32), the padding is a parameter (9 there), the spectral weights
of the fixture are redrawn uniform on [-1, 1)/width for both parts (the reference's [0, 1)/width^2
would make the spectral branch ~width times smaller than the pointwise one, and a parity test should
exercise it), and padding 0 is allowed (the reference's crop [..., :-0, :-0] would be empty).

Contents (complex tensors as a trailing (re, im) axis, as in the jpde weights files):
  /params, /grads            the network's state_dict and the gradient of the loss
  /input (B, sx, sy, 1), /target (B, sx, sy), /output (B, sx, sy, 1), /grad_input (B, sx, sy, 1)
  root attributes            modes1, modes2, width, layers, projection_width, padding, loss, ...
  /conv_even, /conv_odd      single SpectralConv2d layers: weights1, weights2, x, g (upstream gradient),
                             y, grad_x, grad_weights1, grad_weights2 for L = sum(g * y)
"""
import argparse
import os

import h5py
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "resources", "fno", "fno2d_parity.h5")


class SpectralConv2d(nn.Module):
    def __init__(self, cin, cout, modes1, modes2):
        super().__init__()
        self.cout, self.modes1, self.modes2 = cout, modes1, modes2
        scale = 1.0 / (cin * cout)
        self.weights1 = nn.Parameter(scale * torch.rand(cin, cout, modes1, modes2, dtype=torch.cdouble))
        self.weights2 = nn.Parameter(scale * torch.rand(cin, cout, modes1, modes2, dtype=torch.cdouble))

    def forward(self, x):  # x: (B, C, sx, sy)
        sx, sy = x.shape[-2], x.shape[-1]
        m1, m2 = self.modes1, self.modes2
        x_ft = torch.fft.rfft2(x)
        out_ft = torch.zeros(x.shape[0], self.cout, sx, sy // 2 + 1, dtype=x_ft.dtype)
        out_ft[:, :, :m1, :m2] = torch.einsum("bixy,ioxy->boxy", x_ft[:, :, :m1, :m2], self.weights1)
        out_ft[:, :, -m1:, :m2] = torch.einsum("bixy,ioxy->boxy", x_ft[:, :, -m1:, :m2], self.weights2)
        return torch.fft.irfft2(out_ft, s=(sx, sy))


class FNO2d(nn.Module):
    def __init__(self, modes1, modes2, width, layers, head, padding):
        super().__init__()
        self.layers, self.padding = layers, padding
        self.fc0 = nn.Linear(3, width)
        for i in range(layers):
            setattr(self, f"conv{i}", SpectralConv2d(width, width, modes1, modes2))
        for i in range(layers):
            setattr(self, f"w{i}", nn.Conv2d(width, width, 1))
        self.fc1 = nn.Linear(width, head)
        self.fc2 = nn.Linear(head, 1)

    def forward(self, a):  # a: (B, sx, sy, 1)
        b, sx, sy, _ = a.shape
        gx = torch.linspace(0, 1, sx, dtype=a.dtype).reshape(1, sx, 1, 1).expand(b, sx, sy, 1)
        gy = torch.linspace(0, 1, sy, dtype=a.dtype).reshape(1, 1, sy, 1).expand(b, sx, sy, 1)
        v = self.fc0(torch.cat((a, gx, gy), dim=-1)).permute(0, 3, 1, 2)
        p = self.padding
        v = F.pad(v, [0, p, 0, p])
        for i in range(self.layers):
            v = getattr(self, f"conv{i}")(v) + getattr(self, f"w{i}")(v)
            if i < self.layers - 1:
                v = F.gelu(v)
        v = v[..., :sx, :sy].permute(0, 2, 3, 1)
        return self.fc2(F.gelu(self.fc1(v)))


def arr(t):
    t = t.detach()
    return torch.view_as_real(t).numpy() if t.is_complex() else t.numpy()


def redraw_spectral(module, width, gen):
    with torch.no_grad():
        for name, q in module.named_parameters():
            if q.is_complex():
                q.copy_(torch.complex(2 * torch.rand(q.shape, generator=gen) - 1,
                                      2 * torch.rand(q.shape, generator=gen) - 1) / width)


def network_case(h, args, gen):
    torch.manual_seed(args.seed)
    model = FNO2d(args.modes1, args.modes2, args.width, args.layers, args.head, args.padding)
    redraw_spectral(model, args.width, gen)
    a = torch.randn(args.batch, args.sx, args.sy, 1, generator=gen, requires_grad=True)
    target = torch.randn(args.batch, args.sx, args.sy, generator=gen)
    out = model(a)
    diff = (out.reshape(args.batch, -1) - target.reshape(args.batch, -1)).norm(dim=1)
    loss = (diff / target.reshape(args.batch, -1).norm(dim=1)).sum()
    loss.backward()
    h.attrs.update(modes1=args.modes1, modes2=args.modes2, width=args.width, layers=args.layers,
                   projection_width=args.head, padding=args.padding, grid_x=args.sx, grid_y=args.sy,
                   batch=args.batch, loss=float(loss),
                   loss_definition="sum over batch of ||out - target||_2 / ||target||_2")
    h["input"], h["target"], h["output"], h["grad_input"] = arr(a), arr(target), arr(out), arr(a.grad)
    for name, q in model.named_parameters():
        h["params/" + name] = arr(q)
        h["grads/" + name] = arr(q.grad)
    return float(loss)


def layer_case(h, name, cin, cout, modes1, modes2, sx, sy, batch, gen):
    layer = SpectralConv2d(cin, cout, modes1, modes2)
    redraw_spectral(layer, 1.0, gen)
    x = torch.randn(batch, cin, sx, sy, generator=gen, requires_grad=True)
    g = torch.randn(batch, cout, sx, sy, generator=gen)
    y = layer(x)
    (g * y).sum().backward()
    grp = h.create_group(name)
    grp.attrs.update(in_channels=cin, out_channels=cout, modes1=modes1, modes2=modes2, sx=sx, sy=sy, batch=batch)
    grp["weights1"], grp["weights2"] = arr(layer.weights1), arr(layer.weights2)
    grp["x"], grp["g"], grp["y"], grp["grad_x"] = arr(x), arr(g), arr(y), arr(x.grad)
    grp["grad_weights1"], grp["grad_weights2"] = arr(layer.weights1.grad), arr(layer.weights2.grad)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", default=DEFAULT_OUT)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--modes1", type=int, default=4)
    p.add_argument("--modes2", type=int, default=3)
    p.add_argument("--width", type=int, default=4)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--head", type=int, default=128)
    p.add_argument("--padding", type=int, default=2)
    p.add_argument("--sx", type=int, default=6)
    p.add_argument("--sy", type=int, default=5)
    p.add_argument("--batch", type=int, default=2)
    args = p.parse_args()
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    gen = torch.Generator().manual_seed(args.seed + 1)
    with h5py.File(args.out, "w") as h:
        h.attrs.update(torch=str(torch.__version__), numpy=np.__version__, seed=args.seed,
                       script="operators/src/test/python/fno2d_parity.py",
                       complex_layout="last axis = (re, im)")
        loss = network_case(h, args, gen)
        # 8 x 8, modes (5, 5): blocks overlap on rows 3 and 4 (Nyquist row), weights2 wins; Nyquist column kept
        layer_case(h, "conv_even", 3, 2, 5, 5, 8, 8, 2, gen)
        # 7 x 9, modes (4, 5): blocks overlap on row 3; every column of the half spectrum kept
        layer_case(h, "conv_odd", 2, 3, 4, 5, 7, 9, 2, gen)
    print(f"wrote {os.path.normpath(args.out)} ({os.path.getsize(args.out)} bytes), loss {loss:.15e}")


if __name__ == "__main__":
    main()
