package dev.jpde.core.spi;

/**
 * Where a solver puts its results: named arrays and attributes in a hierarchy of groups, as HDF5 would hold them
 * ({@code "/tasks/u"}, {@code "/scales/x"}, root attributes at {@code "/"}). Implemented by the front end (the CLI
 * writes HDF5 through the io module); solver modules never do I/O themselves.
 */
public interface ResultRecorder {
    /**
     * A float64 dataset.
     *
     * @param path  "/group/name"
     * @param data  values, row-major (not retained: implementations copy)
     * @param shape dimensions (product = data.length)
     * @param dims  axis names for the {@code dims} attribute, e.g. "t x"
     */
    void dataset(String path, double[] data, int[] shape, String dims);

    /** An attribute (String, Long, Double, double[], long[]) on a group or dataset ("/" for the root). */
    void attribute(String path, String name, Object value);
}
