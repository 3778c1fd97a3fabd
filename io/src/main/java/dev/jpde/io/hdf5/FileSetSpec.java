package dev.jpde.io.hdf5;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a {@link FileSetWriter} needs to know before the first write.
 *
 * <p>The grid is a tensor product of the 1-D coordinate arrays {@code x} and, for 2-D runs,
 * {@code y}; a 2-D field value at {@code (x_i, y_j)} sits at flat index {@code i*ny + j}. Arrays
 * are copied on construction and on access.
 *
 * @param directory   where the sets go; created if missing
 * @param caseName    base name of the files, {@code <caseName>_s<k>.h5}, and the {@code case_name}
 *                    attribute: letters, digits, {@code _ . -}, not starting with a dot
 * @param maxWrites   writes per set; a new set is started after this many
 * @param x           x coordinates of the grid points ({@code /scales/x})
 * @param y           y coordinates for a 2-D grid ({@code /scales/y}); null or empty for 1-D
 * @param fields      the fields of every write, stored under {@code /tasks}
 * @param diagnostics names of the scalar diagnostics of every write, stored under
 *                    {@code /diagnostics}, in the order {@link FileSetWriter#write} receives them
 * @param metadata    the static root attributes
 */
public record FileSetSpec(Path directory, String caseName, int maxWrites, double[] x, double[] y,
                          List<FieldSpec> fields, List<String> diagnostics, RunMetadata metadata) {

    private static final Pattern CASE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public FileSetSpec {
        Objects.requireNonNull(directory, "directory");
        if (caseName == null || !CASE_NAME.matcher(caseName).matches()) {
            throw new IllegalArgumentException("invalid case name '" + caseName + "'; use "
                    + CASE_NAME.pattern());
        }
        if (maxWrites < 1) {
            throw new IllegalArgumentException("maxWrites must be at least 1, got " + maxWrites);
        }
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must hold at least one coordinate");
        }
        x = x.clone();
        y = y == null ? new double[0] : y.clone();
        fields = List.copyOf(fields);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(metadata, "metadata");
        Set<String> seen = new HashSet<>();
        for (FieldSpec field : fields) {
            if (!seen.add(field.name())) {
                throw new IllegalArgumentException("duplicate field '" + field.name() + "'");
            }
        }
        seen.clear();
        for (String name : diagnostics) {
            FieldSpec.requireValidName(name, "diagnostic");
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate diagnostic '" + name + "'");
            }
        }
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    /** The y coordinates; empty for a 1-D grid. */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** 2 if a y axis was given, else 1. */
    public int spatialDimensions() {
        return y.length > 0 ? 2 : 1;
    }

    /** Number of grid points along x. */
    public int nx() {
        return x.length;
    }

    /** Number of grid points along y; 1 for a 1-D grid. */
    public int ny() {
        return Math.max(1, y.length);
    }
}
