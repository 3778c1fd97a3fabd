package dev.jpde.io.hdf5;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * All sets of one case joined along time, as read by {@link FileSetReader#readAll}. Entry
 * {@code k} of {@code t}, {@code iteration}, {@code wallTime}, of every diagnostic and of the
 * first axis of every task belongs to the same write. The record holds its arrays by reference.
 *
 * @param files          the set files, in order
 * @param setAttributes  the root attributes of each set, in order
 * @param t              simulation time of each write
 * @param iteration      solver iteration of each write
 * @param wallTime       wall-clock seconds of each write
 * @param x              x coordinates
 * @param y              y coordinates, empty for 1-D
 * @param tasks          each field, shape {@code [writes, nx(, ny)(, 2)]}
 * @param diagnostics    each diagnostic, one value per write
 */
public record FileSetData(List<Path> files, List<Map<String, Object>> setAttributes, double[] t,
                          long[] iteration, double[] wallTime, double[] x, double[] y,
                          Map<String, ShapedArray> tasks, Map<String, double[]> diagnostics) {

    /** Total number of writes. */
    public int writes() {
        return t.length;
    }

    /** Write {@code write} of a field, flat (interleaved {@code re, im} if complex). */
    public double[] snapshot(String field, int write) {
        ShapedArray task = tasks.get(field);
        if (task == null) {
            throw new IllegalArgumentException("no field '" + field + "'; have " + tasks.keySet());
        }
        return task.slice(write);
    }
}
