package dev.jpde.gp.kron;

import org.ejml.data.DMatrixRMaj;

/**
 * Mode products of row-major tensors: for shape {@code (M_1, ..., M_d)} (last index fastest),
 * {@code out = in x_j A}, i.e. {@code out[.., a, ..] = sum_b A[a, b] in[.., b, ..]} along mode j. Static, out-args.
 */
public final class Tensors {
    private Tensors() {
    }

    /** Number of entries of a tensor of the given shape. */
    public static int size(int[] shape) {
        int m = 1;
        for (int s : shape) {
            m *= s;
        }
        return m;
    }

    /**
     * {@code out = in x_mode a} with {@code a} of size {@code shape[mode] x shape[mode]}; out must not alias in.
     */
    public static void modeProduct(double[] in, int[] shape, int mode, DMatrixRMaj a, double[] out) {
        int mj = shape[mode];
        if (a.numRows != mj || a.numCols != mj) {
            throw new IllegalArgumentException("mode " + mode + " has size " + mj + ", matrix is " + a.numRows + "x" + a.numCols);
        }
        int left = 1;
        for (int j = 0; j < mode; j++) {
            left *= shape[j];
        }
        int right = 1;
        for (int j = mode + 1; j < shape.length; j++) {
            right *= shape[j];
        }
        double[] av = a.data;
        java.util.Arrays.fill(out, 0, left * mj * right, 0.0);
        for (int l = 0; l < left; l++) {
            int base = l * mj * right;
            for (int r = 0; r < mj; r++) {
                int outRow = base + r * right;
                for (int b = 0; b < mj; b++) {
                    double coef = av[r * mj + b];
                    if (coef == 0) {
                        continue;
                    }
                    int inRow = base + b * right;
                    for (int q = 0; q < right; q++) {
                        out[outRow + q] += coef * in[inRow + q];
                    }
                }
            }
        }
    }
}
