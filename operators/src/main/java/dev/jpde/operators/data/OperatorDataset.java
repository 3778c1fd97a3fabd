package dev.jpde.operators.data;

import dev.jpde.io.hdf5.H5File;
import dev.jpde.io.hdf5.H5Writer;
import dev.jpde.io.hdf5.ShapedArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pairs of functions on a uniform periodic grid for operator learning: inputs {@code a} and outputs
 * {@code u}, each {@code samples x points}, row-major (row = sample), and the grid {@code x}.
 *
 * <p>HDF5 layout: float64 datasets {@code /a} and {@code /u} of shape {@code [N, s]} (as
 * {@code burgers_data_R10.mat}'s fields) and {@code /x} of shape {@code [s]}; every entry of
 * {@link #attributes()} as a root attribute (for Burgers data: the equation, field and solver
 * parameters and the seed). Read with h5py: {@code a = f["a"][()]}.
 *
 * @param a          inputs, {@code samples * points} values (not copied; do not modify)
 * @param u          outputs, same layout
 * @param x          grid points, {@code points} values
 * @param samples    N
 * @param points     s
 * @param attributes metadata, in insertion order
 */
public record OperatorDataset(double[] a, double[] u, double[] x, int samples, int points,
                              Map<String, Object> attributes) {

    public OperatorDataset {
        if (samples < 1 || points < 1 || a.length != (long) samples * points || u.length != a.length
                || x.length != points) {
            throw new IllegalArgumentException("need " + samples + " x " + points + " inputs and outputs and "
                    + points + " grid points");
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * The same functions on every {@code points / s}-th grid point (plain slicing, as the reference
     * code's {@code [:, ::sub]}); {@code s} must divide {@link #points()}. Adds the attribute
     * {@code subsampled_from}.
     */
    public OperatorDataset subsample(int s) {
        if (s < 1 || points % s != 0) {
            throw new IllegalArgumentException(s + " does not divide the " + points + " grid points");
        }
        if (s == points) {
            return this;
        }
        int stride = points / s;
        double[] as = new double[samples * s];
        double[] us = new double[samples * s];
        double[] xs = new double[s];
        for (int j = 0; j < s; j++) {
            xs[j] = x[j * stride];
        }
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < s; j++) {
                as[i * s + j] = a[i * points + j * stride];
                us[i * s + j] = u[i * points + j * stride];
            }
        }
        Map<String, Object> attrs = new LinkedHashMap<>(attributes);
        attrs.put("subsampled_from", (long) points);
        return new OperatorDataset(as, us, xs, samples, s, attrs);
    }

    /** Samples {@code from .. to-1} (copies). */
    public OperatorDataset rows(int from, int to) {
        if (from < 0 || to > samples || from >= to) {
            throw new IllegalArgumentException("rows " + from + ".." + to + " of " + samples);
        }
        return new OperatorDataset(Arrays.copyOfRange(a, from * points, to * points),
                Arrays.copyOfRange(u, from * points, to * points), x, to - from, points, attributes);
    }

    /** The first {@code n} samples (the reference code's training split). */
    public OperatorDataset head(int n) {
        return rows(0, n);
    }

    /** The last {@code n} samples (the reference code's test split). */
    public OperatorDataset tail(int n) {
        return rows(samples - n, samples);
    }

    /** Writes the dataset to {@code file}, atomically. */
    public void write(Path file) throws IOException {
        H5Writer.writeAtomically(file, root -> {
            root.attribute("format", "jpde operator dataset");
            attributes.forEach(root::attribute);
            root.dataset("a", a, samples, points).attribute("dims", "sample x");
            root.dataset("u", u, samples, points).attribute("dims", "sample x");
            root.dataset("x", x, points).attribute("dims", "x");
        });
    }

    /** Reads a dataset written by {@link #write} (or any file with {@code /a}, {@code /u} of equal shape [N, s]). */
    public static OperatorDataset read(Path file) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            ShapedArray a = h5.readDoubles("/a");
            ShapedArray u = h5.readDoubles("/u");
            if (a.rank() != 2 || !Arrays.equals(a.shape(), u.shape())) {
                throw new IllegalArgumentException(file + ": /a and /u must be [N, s] arrays of equal shape, got "
                        + Arrays.toString(a.shape()) + " and " + Arrays.toString(u.shape()));
            }
            int n = a.shape()[0];
            int s = a.shape()[1];
            double[] x;
            if (h5.isDataset("/x")) {
                x = h5.readDoubles("/x").data();
            } else {
                x = new double[s];
                for (int j = 0; j < s; j++) {
                    x[j] = (double) j / s;
                }
            }
            Map<String, Object> attrs = new LinkedHashMap<>(h5.attributes("/"));
            attrs.remove("format");
            return new OperatorDataset(a.data(), u.data(), x, n, s, attrs);
        }
    }
}
