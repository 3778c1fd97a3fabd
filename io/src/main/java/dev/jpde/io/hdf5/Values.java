package dev.jpde.io.hdf5;

import java.lang.reflect.Array;
import java.util.Arrays;

/** Validation and copying of the values that may go into a file: names, attributes, arrays. */
final class Values {

    private Values() {
    }

    /** Checks that {@code name} is usable as one HDF5 link or attribute name. */
    static String checkName(String name) {
        if (name == null || name.isEmpty() || name.indexOf('/') >= 0 || name.equals(".")
                || name.equals("..")) {
            throw new IllegalArgumentException("invalid HDF5 name: '" + name + "'");
        }
        return name;
    }

    /**
     * Returns an immutable-by-ownership copy of an attribute value in the form jhdf writes:
     * strings, boxed Double/Long/Integer scalars, or a fresh primitive / String array.
     */
    static Object attributeCopy(String name, Object value) {
        if (value instanceof String || value instanceof Double || value instanceof Long
                || value instanceof Integer) {
            return value;
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof double[] a) {
            return a.clone();
        }
        if (value instanceof long[] a) {
            return a.clone();
        }
        if (value instanceof int[] a) {
            return a.clone();
        }
        if (value instanceof String[] a) {
            for (String s : a) {
                if (s == null) {
                    throw new IllegalArgumentException("attribute '" + name + "' has a null element");
                }
            }
            return a.clone();
        }
        throw new IllegalArgumentException("attribute '" + name + "' has unsupported type "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** Deep copy of a rectangular 2-D array; rejects ragged or empty input. */
    static double[][] copy2(double[][] data) {
        requireNonEmpty(data.length);
        double[][] out = new double[data.length][];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i].clone();
            if (out[i].length != out[0].length) {
                throw new IllegalArgumentException("ragged 2-D array: row " + i + " has length "
                        + out[i].length + ", row 0 has " + out[0].length);
            }
        }
        requireNonEmpty(out[0].length);
        return out;
    }

    /** Deep copy of a rectangular 3-D array; rejects ragged or empty input. */
    static double[][][] copy3(double[][][] data) {
        requireNonEmpty(data.length);
        double[][][] out = new double[data.length][][];
        for (int i = 0; i < data.length; i++) {
            out[i] = copy2(data[i]);
            if (out[i].length != out[0].length || out[i][0].length != out[0][0].length) {
                throw new IllegalArgumentException("ragged 3-D array at index " + i);
            }
        }
        return out;
    }

    /**
     * Builds the nested Java array of the given shape from row-major flat values (a fresh copy),
     * or a boxed Double for an empty shape.
     */
    static Object nest(double[] flat, int[] shape) {
        long size = 1;
        for (int n : shape) {
            requireNonEmpty(n);
            size *= n;
        }
        if (size != flat.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " values, but " + flat.length + " were given");
        }
        if (shape.length == 0) {
            return flat[0];
        }
        Object out = Array.newInstance(double.class, shape);
        fill(out, flat, 0, shape, 0);
        return out;
    }

    private static int fill(Object target, double[] flat, int offset, int[] shape, int axis) {
        if (axis == shape.length - 1) {
            System.arraycopy(flat, offset, target, 0, shape[axis]);
            return offset + shape[axis];
        }
        int next = offset;
        for (int i = 0; i < shape[axis]; i++) {
            next = fill(Array.get(target, i), flat, next, shape, axis + 1);
        }
        return next;
    }

    private static void requireNonEmpty(int extent) {
        if (extent < 1) {
            throw new IllegalArgumentException("every dataset extent must be at least 1, got " + extent);
        }
    }
}
