package dev.jpde.io.hdf5;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory group of a file to be written: attributes and children in insertion order. It knows
 * nothing about jhdf; {@link JhdfEmitter} turns the finished tree into a file.
 */
final class TreeGroup implements GroupWriter {

    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, Object> children = new LinkedHashMap<>();

    /** Attributes in insertion order (values already copied and validated). */
    Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Children in insertion order; each value is a {@link TreeGroup} or a {@link TreeDataset}. */
    Map<String, Object> children() {
        return Collections.unmodifiableMap(children);
    }

    @Override
    public TreeGroup group(String name) {
        TreeGroup group = new TreeGroup();
        addChild(name, group);
        return group;
    }

    @Override
    public DatasetWriter dataset(String name, double[] data) {
        return owned(name, data.clone());
    }

    @Override
    public DatasetWriter dataset(String name, double[][] data) {
        return owned(name, Values.copy2(data));
    }

    @Override
    public DatasetWriter dataset(String name, double[][][] data) {
        return owned(name, Values.copy3(data));
    }

    @Override
    public DatasetWriter dataset(String name, double[] flat, int... shape) {
        return owned(name, Values.nest(flat, shape));
    }

    @Override
    public DatasetWriter dataset(String name, long[] data) {
        return owned(name, data.clone());
    }

    @Override
    public DatasetWriter dataset(String name, int[] data) {
        return owned(name, data.clone());
    }

    @Override
    public DatasetWriter dataset(String name, double value) {
        return owned(name, value);
    }

    @Override
    public DatasetWriter dataset(String name, long value) {
        return owned(name, value);
    }

    @Override
    public DatasetWriter dataset(String name, int value) {
        return owned(name, value);
    }

    @Override
    public DatasetWriter dataset(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("dataset '" + name + "' is a null string");
        }
        return owned(name, value);
    }

    @Override
    public TreeGroup attribute(String name, Object value) {
        putAttribute(attributes, name, value);
        return this;
    }

    /**
     * Adds a dataset whose data array is taken over without copying. The caller promises not to
     * change it until the file is written (jhdf reads the array only then).
     */
    TreeDataset owned(String name, Object data) {
        TreeDataset dataset = new TreeDataset(data);
        addChild(name, dataset);
        return dataset;
    }

    static void putAttribute(Map<String, Object> target, String name, Object value) {
        Values.checkName(name);
        if (target.containsKey(name)) {
            throw new IllegalArgumentException("attribute '" + name + "' is already set");
        }
        target.put(name, Values.attributeCopy(name, value));
    }

    private void addChild(String name, Object child) {
        Values.checkName(name);
        if (children.containsKey(name)) {
            throw new IllegalArgumentException("'" + name + "' already exists in this group");
        }
        children.put(name, child);
    }
}
