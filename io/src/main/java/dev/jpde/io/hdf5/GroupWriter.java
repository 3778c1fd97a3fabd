package dev.jpde.io.hdf5;

/**
 * A group of an HDF5 file that is being assembled in memory, before {@link H5Writer} writes the
 * whole file at once.
 *
 * <p>Every {@code dataset} method copies its argument, so the caller may reuse or mutate its
 * arrays as soon as the call returns. Multi-dimensional data are stored in row-major (C) order,
 * which is the order h5py and NumPy read them in: for {@code double[a][b]} the last index varies
 * fastest. Names are single path components: non-empty, without {@code '/'}, and unique within the
 * group (datasets and sub-groups share one namespace).
 *
 * <p>Supported attribute values: {@code String}, {@code Double}/{@code Float} (stored as float64),
 * {@code Long} (int64), {@code Integer} (int32), {@code double[]}, {@code long[]}, {@code int[]}
 * and {@code String[]}. Anything else is rejected with {@link IllegalArgumentException} when the
 * attribute is added, not when the file is written.
 */
public interface GroupWriter {

    /** Creates the sub-group {@code name} and returns it for filling. */
    GroupWriter group(String name);

    /** Adds a 1-D float64 dataset. */
    DatasetWriter dataset(String name, double[] data);

    /** Adds a 2-D float64 dataset; {@code data} must be rectangular. */
    DatasetWriter dataset(String name, double[][] data);

    /** Adds a 3-D float64 dataset; {@code data} must be rectangular. */
    DatasetWriter dataset(String name, double[][][] data);

    /**
     * Adds a float64 dataset of any rank from row-major flat values: element
     * {@code (i0, i1, ..., ik)} is {@code flat[((i0 * shape[1] + i1) * shape[2] + ...) + ik]}.
     * An empty {@code shape} gives a scalar dataset. Every extent must be at least 1.
     */
    DatasetWriter dataset(String name, double[] flat, int... shape);

    /** Adds a 1-D int64 dataset. */
    DatasetWriter dataset(String name, long[] data);

    /** Adds a 1-D int32 dataset. */
    DatasetWriter dataset(String name, int[] data);

    /** Adds a scalar float64 dataset. */
    DatasetWriter dataset(String name, double value);

    /** Adds a scalar int64 dataset. */
    DatasetWriter dataset(String name, long value);

    /** Adds a scalar int32 dataset. */
    DatasetWriter dataset(String name, int value);

    /** Adds a scalar string dataset (fixed-length UTF-8; h5py returns it as {@code bytes}). */
    DatasetWriter dataset(String name, String value);

    /** Attaches an attribute to this group; see the class comment for the accepted types. */
    GroupWriter attribute(String name, Object value);
}
