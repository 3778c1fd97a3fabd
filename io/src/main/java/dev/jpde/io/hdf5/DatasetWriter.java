package dev.jpde.io.hdf5;

/** A dataset added through {@link GroupWriter}, to which attributes can still be attached. */
public interface DatasetWriter {

    /**
     * Attaches an attribute to this dataset; the accepted types are those listed on
     * {@link GroupWriter}. Returns this dataset, so calls can be chained.
     */
    DatasetWriter attribute(String name, Object value);
}
