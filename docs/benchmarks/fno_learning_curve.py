#!/usr/bin/env python3
"""Learning curve of an FNO training run from its checkpoint file (jpde fno train --checkpoint FILE).

Usage: fno_learning_curve.py CHECKPOINT.h5 OUT.png [OUT.csv]
Reads /history/{train_error,test_error,learning_rate} (one entry per epoch) and plots the mean relative L2
errors per epoch on a log scale, with the learning-rate steps marked; optionally writes the columns as CSV.
"""
import sys

import h5py
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    with h5py.File(argv[1], "r") as f:
        train = np.asarray(f["history/train_error"])
        test = np.asarray(f["history/test_error"])
        lr = np.asarray(f["history/learning_rate"])
    epoch = np.arange(1, len(train) + 1)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.semilogy(epoch, train, label="train (mean relative L2)")
    ax.semilogy(epoch, test, label="test (100 samples)")
    for e in np.nonzero(np.diff(lr))[0] + 1:
        ax.axvline(e + 0.5, color="0.85", lw=0.8, zorder=0)
    ax.axhline(0.002, color="k", ls=":", lw=0.8, label="target 0.002")
    ax.set_xlabel("epoch")
    ax.set_ylabel("relative L2 error")
    ax.set_title("FNO-1d on Burgers, s = 1024 (grey: learning rate halved)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(argv[2], dpi=110)
    if len(argv) > 3:
        np.savetxt(argv[3], np.column_stack([epoch, lr, train, test]), delimiter=",",
                   header="epoch,learning_rate,train_error,test_error", comments="", fmt=["%d", "%.6e", "%.6f", "%.6f"])
    print(f"{len(train)} epochs: final train {train[-1]:.5f}, test {test[-1]:.5f}, best test {test.min():.5f} "
          f"(epoch {int(test.argmin()) + 1})")


if __name__ == "__main__":
    main(sys.argv)
