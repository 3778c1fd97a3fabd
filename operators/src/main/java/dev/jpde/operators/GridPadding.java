package dev.jpde.operators;

import java.util.Arrays;

/**
 * Zero padding at the far ends of a 2-D grid and its adjoint, the crop: PyTorch's
 * {@code F.pad(v, [0, p, 0, p])} and {@code v[..., :-p, :-p]} on fields of {@code sx x sy}
 * points (row-major, y fastest) and {@code (sx + p) x (sy + p)} points. Each is the other's
 * adjoint, so the backward pass of one is the forward pass of the other.
 */
final class GridPadding {

    private final int sx;
    private final int sy;
    private final int padding;

    GridPadding(int sx, int sy, int padding) {
        this.sx = sx;
        this.sy = sy;
        this.padding = padding;
    }

    /** Points of a padded field. */
    int paddedPoints() {
        return (sx + padding) * (sy + padding);
    }

    /** {@code dst} = the {@code fields} fields of {@code src}, each padded with zeros. */
    void pad(double[] src, double[] dst, int fields) {
        int wide = sy + padding;
        Arrays.fill(dst, 0, fields * paddedPoints(), 0.0);
        for (int f = 0; f < fields; f++) {
            for (int p = 0; p < sx; p++) {
                System.arraycopy(src, (f * sx + p) * sy, dst, f * paddedPoints() + p * wide, sy);
            }
        }
    }

    /** {@code dst} = the leading {@code sx x sy} block of each of the {@code fields} padded fields of {@code src}. */
    void crop(double[] src, double[] dst, int fields) {
        int wide = sy + padding;
        for (int f = 0; f < fields; f++) {
            for (int p = 0; p < sx; p++) {
                System.arraycopy(src, f * paddedPoints() + p * wide, dst, (f * sx + p) * sy, sy);
            }
        }
    }
}
