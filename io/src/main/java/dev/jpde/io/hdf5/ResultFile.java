package dev.jpde.io.hdf5;

import dev.jpde.core.spi.ResultRecorder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link ResultRecorder} that gathers a solver's datasets and attributes in memory and writes them as one HDF5 file,
 * atomically (temporary file, then rename), in the order they were recorded. Each dataset gets its {@code dims}
 * attribute. Values are copied when recorded.
 */
public final class ResultFile implements ResultRecorder {
    private final Node root = new Node();

    private static final class Node {
        final Map<String, Node> groups = new LinkedHashMap<>();
        final Map<String, Dataset> datasets = new LinkedHashMap<>();
        final Map<String, Object> attributes = new LinkedHashMap<>();
    }

    private record Dataset(double[] data, int[] shape, Map<String, Object> attributes) {
    }

    @Override
    public void dataset(String path, double[] data, int[] shape, String dims) {
        String[] parts = split(path);
        Node g = group(parts, parts.length - 1);
        long m = 1;
        for (int s : shape) {
            m *= s;
        }
        if (m != data.length) {
            throw new IllegalArgumentException(path + ": shape does not match " + data.length + " values");
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("dims", dims);
        g.datasets.put(parts[parts.length - 1], new Dataset(data.clone(), shape.clone(), attrs));
    }

    @Override
    public void attribute(String path, String name, Object value) {
        String[] parts = split(path);
        if (parts.length > 0) {
            Node parent = group(parts, parts.length - 1);
            Dataset ds = parent.datasets.get(parts[parts.length - 1]);
            if (ds != null) {
                ds.attributes().put(name, value);
                return;
            }
        }
        group(parts, parts.length).attributes.put(name, value);
    }

    /** Adds root attributes (e.g. the run metadata) before writing. */
    public void rootAttributes(Map<String, ?> attributes) {
        root.attributes.putAll(attributes);
    }

    /** Writes everything to {@code target} atomically. */
    public void write(Path target) throws IOException {
        H5Writer.writeAtomically(target, w -> emit(root, w));
    }

    private static void emit(Node node, GroupWriter w) {
        node.attributes.forEach(w::attribute);
        node.datasets.forEach((name, ds) -> {
            DatasetWriter dw = ds.shape().length == 1 ? w.dataset(name, ds.data()) : w.dataset(name, ds.data(), ds.shape());
            ds.attributes().forEach(dw::attribute);
        });
        node.groups.forEach((name, child) -> emit(child, w.group(name)));
    }

    private Node group(String[] parts, int count) {
        Node g = root;
        for (int i = 0; i < count; i++) {
            g = g.groups.computeIfAbsent(parts[i], k -> new Node());
        }
        return g;
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.isEmpty() ? new String[0] : p.split("/");
    }
}
