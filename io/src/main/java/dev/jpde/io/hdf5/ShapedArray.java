package dev.jpde.io.hdf5;

import java.util.Arrays;
import java.util.List;

/**
 * A float64 array of any rank read from a file: the values in row-major (C) order and the
 * extents, first axis slowest. Element {@code (i0, ..., ik)} is at
 * {@code ((i0 * shape[1] + i1) * shape[2] + ...) + ik}. A scalar has an empty shape.
 *
 * <p>The record holds its arrays by reference; it is a read result, not a value to share.
 *
 * @param data  the values, row-major
 * @param shape the extents
 */
public record ShapedArray(double[] data, int[] shape) {

    public ShapedArray {
        long size = 1;
        for (int n : shape) {
            size *= n;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " values, data has " + data.length);
        }
    }

    /** Number of axes. */
    public int rank() {
        return shape.length;
    }

    /** The value at the given index, one entry per axis. */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("expected " + shape.length + " indices");
        }
        int flat = 0;
        for (int a = 0; a < shape.length; a++) {
            if (index[a] < 0 || index[a] >= shape[a]) {
                throw new IndexOutOfBoundsException("index " + index[a] + " on axis " + a
                        + " of extent " + shape[a]);
            }
            flat = flat * shape[a] + index[a];
        }
        return data[flat];
    }

    /**
     * A copy of the values at index {@code i} of the first axis, flat and row-major: for a task
     * {@code [t, x(, y)(, c)]} that is one write in the layout the writer was given.
     */
    public double[] slice(int i) {
        if (shape.length == 0 || i < 0 || i >= shape[0]) {
            throw new IndexOutOfBoundsException("slice " + i + " of shape " + Arrays.toString(shape));
        }
        int len = data.length / shape[0];
        return Arrays.copyOfRange(data, i * len, (i + 1) * len);
    }

    /** Joins arrays along the first axis; all other extents must agree. */
    public static ShapedArray concatenate(List<ShapedArray> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        int[] rest = Arrays.copyOfRange(parts.get(0).shape, 1, parts.get(0).shape.length);
        int first = 0;
        int total = 0;
        for (ShapedArray p : parts) {
            if (p.rank() == 0 || !Arrays.equals(rest, Arrays.copyOfRange(p.shape, 1, p.shape.length))) {
                throw new IllegalArgumentException("cannot concatenate shape " + Arrays.toString(p.shape)
                        + " with [*, " + Arrays.toString(rest) + "]");
            }
            first += p.shape[0];
            total += p.data.length;
        }
        double[] data = new double[total];
        int at = 0;
        for (ShapedArray p : parts) {
            System.arraycopy(p.data, 0, data, at, p.data.length);
            at += p.data.length;
        }
        int[] shape = new int[rest.length + 1];
        shape[0] = first;
        System.arraycopy(rest, 0, shape, 1, rest.length);
        return new ShapedArray(data, shape);
    }

    /** Equal shapes and bit-equal values (as {@link Arrays#equals(double[], double[])}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ShapedArray other && Arrays.equals(shape, other.shape)
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "ShapedArray" + Arrays.toString(shape);
    }
}
