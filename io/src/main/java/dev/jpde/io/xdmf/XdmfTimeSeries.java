package dev.jpde.io.xdmf;

import java.util.List;
import java.util.Objects;

/**
 * What an XDMF sidecar describes: a time series of fields on a rectilinear 1-D or 2-D grid whose
 * heavy data live in one HDF5 file.
 *
 * <p>Every variable's dataset has shape {@code [times.length, x.size]} (1-D) or
 * {@code [times.length, x.size, y.size]} (2-D), with a trailing axis of length 2 holding
 * {@code (re, im)} when the variable is complex. Values are float64.
 *
 * @param name          name of the temporal collection shown by ParaView
 * @param heavyDataFile the HDF5 file name, relative to the sidecar's directory
 * @param times         the time of each write (one uniform grid per entry)
 * @param x             the x coordinate dataset
 * @param y             the y coordinate dataset, or null for a 1-D grid
 * @param variables     the fields to expose
 */
public record XdmfTimeSeries(String name, String heavyDataFile, double[] times, Axis x, Axis y,
                             List<Variable> variables) {

    public XdmfTimeSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(heavyDataFile, "heavyDataFile");
        Objects.requireNonNull(x, "x");
        times = times.clone();
        variables = List.copyOf(variables);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    /**
     * A 1-D coordinate dataset.
     *
     * @param datasetPath absolute path inside the HDF5 file, e.g. {@code /scales/x}
     * @param size        number of coordinates
     */
    public record Axis(String datasetPath, int size) {
        public Axis {
            Objects.requireNonNull(datasetPath, "datasetPath");
            if (size < 1) {
                throw new IllegalArgumentException("axis size must be at least 1");
            }
        }
    }

    /**
     * A field stored as one dataset over all writes.
     *
     * @param name        attribute name in ParaView (complex fields become {@code name_re},
     *                    {@code name_im} and {@code name_abs})
     * @param datasetPath absolute path inside the HDF5 file, e.g. {@code /tasks/psi}
     * @param complex     whether the dataset has the trailing {@code (re, im)} axis
     */
    public record Variable(String name, String datasetPath, boolean complex) {
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(datasetPath, "datasetPath");
        }
    }
}
