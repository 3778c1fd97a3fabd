package dev.jpde.io.hdf5;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** In-memory dataset of a file to be written: the data (a Java array or boxed scalar) and attributes. */
final class TreeDataset implements DatasetWriter {

    private final Object data;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    TreeDataset(Object data) {
        this.data = data;
    }

    Object data() {
        return data;
    }

    Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    @Override
    public TreeDataset attribute(String name, Object value) {
        TreeGroup.putAttribute(attributes, name, value);
        return this;
    }
}
