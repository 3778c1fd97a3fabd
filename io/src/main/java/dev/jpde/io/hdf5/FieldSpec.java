package dev.jpde.io.hdf5;

import java.util.regex.Pattern;

/**
 * One field written at every output time, stored as {@code /tasks/<name>}.
 *
 * <p>A real field is given to the writer as {@code nx} (1-D) or {@code nx*ny} (2-D) doubles in
 * row-major order, index {@code i*ny + j} for the grid point {@code (x_i, y_j)}. A complex field is
 * given as twice as many doubles, interleaved {@code re, im} per grid point (the JTransforms
 * convention), and is stored with a trailing axis of length 2 holding {@code (re, im)}.
 *
 * @param name    dataset name: a letter or underscore, then letters, digits, {@code _ . -}
 * @param complex whether the field is complex
 */
public record FieldSpec(String name, boolean complex) {

    /** Names usable as HDF5 links, XDMF attribute names and Python identifiers alike. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    public FieldSpec {
        requireValidName(name, "field");
    }

    /** A real-valued field. */
    public static FieldSpec real(String name) {
        return new FieldSpec(name, false);
    }

    /** A complex-valued field (interleaved re, im input; trailing axis of length 2 on disk). */
    public static FieldSpec complex(String name) {
        return new FieldSpec(name, true);
    }

    static String requireValidName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid " + what + " name '" + name + "'; use "
                    + NAME.pattern());
        }
        return name;
    }
}
