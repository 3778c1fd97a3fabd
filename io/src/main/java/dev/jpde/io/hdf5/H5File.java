package dev.jpde.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Read access to any HDF5 file (written by jpde or not) without exposing jhdf types. Paths are
 * absolute within the file ({@code "/tasks/psi"}; {@code "/"} is the root group).
 *
 * <p>Attribute values come back as {@code String}, {@code Double}, {@code Long}, {@code Integer}
 * (other numeric scalars widened to these), or as primitive / {@code String} arrays.
 */
public final class H5File implements AutoCloseable {

    private final Path path;
    private final HdfFile file;

    private H5File(Path path, HdfFile file) {
        this.path = path;
        this.file = file;
    }

    /** Opens {@code path} for reading. A truncated or non-HDF5 file fails here. */
    public static H5File open(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString());
        }
        try {
            return new H5File(path, new HdfFile(path));
        } catch (RuntimeException e) {
            throw new IOException("not a readable HDF5 file: " + path + " (" + e.getMessage() + ")", e);
        }
    }

    /** The file this reader reads. */
    public Path path() {
        return path;
    }

    /** True if a group or dataset exists at {@code nodePath}. */
    public boolean exists(String nodePath) {
        try {
            node(nodePath);
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    /** True if {@code nodePath} is a dataset. */
    public boolean isDataset(String nodePath) {
        return exists(nodePath) && node(nodePath) instanceof Dataset;
    }

    /** Names of the members of the group at {@code groupPath}, sorted. */
    public List<String> children(String groupPath) {
        Node n = node(groupPath);
        if (!(n instanceof Group g)) {
            throw new IllegalArgumentException(groupPath + " is not a group");
        }
        List<String> names = new ArrayList<>(g.getChildren().keySet());
        Collections.sort(names);
        return names;
    }

    /** All attributes of a node, sorted by name. */
    public Map<String, Object> attributes(String nodePath) {
        Map<String, Object> out = new LinkedHashMap<>();
        new TreeMap<>(node(nodePath).getAttributes()).forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    /** One attribute of a node. */
    public Object attribute(String nodePath, String name) {
        Attribute a = node(nodePath).getAttribute(name);
        if (a == null) {
            throw new NoSuchElementException("no attribute '" + name + "' on " + nodePath);
        }
        return value(a);
    }

    /** A string attribute. */
    public String stringAttribute(String nodePath, String name) {
        return (String) attribute(nodePath, name);
    }

    /** An integer attribute (int32 or int64). */
    public long longAttribute(String nodePath, String name) {
        return ((Number) attribute(nodePath, name)).longValue();
    }

    /** A numeric attribute as double. */
    public double doubleAttribute(String nodePath, String name) {
        return ((Number) attribute(nodePath, name)).doubleValue();
    }

    /** Extents of a dataset; empty for a scalar. */
    public int[] shape(String datasetPath) {
        return dataset(datasetPath).getDimensions();
    }

    /** The element type of a dataset: {@code float64}, {@code int64}, {@code string}, .... */
    public String dtype(String datasetPath) {
        return typeName(dataset(datasetPath).getJavaType());
    }

    /** A numeric dataset, converted to double. */
    public ShapedArray readDoubles(String datasetPath) {
        Dataset d = dataset(datasetPath);
        return new ShapedArray(toDoubles(flat(d)), d.isScalar() ? new int[0] : d.getDimensions());
    }

    /**
     * Index {@code i} of the first axis of a numeric dataset, read without loading the rest:
     * shape {@code [1, ...]}.
     */
    public ShapedArray readSlice(String datasetPath, int i) {
        Dataset d = dataset(datasetPath);
        int[] dims = d.getDimensions();
        if (dims.length == 0 || i < 0 || i >= dims[0]) {
            throw new IndexOutOfBoundsException("slice " + i + " of " + datasetPath
                    + Arrays.toString(dims));
        }
        long[] offset = new long[dims.length];
        offset[0] = i;
        int[] count = dims.clone();
        count[0] = 1;
        return new ShapedArray(toDoubles(flatten(d.getData(offset, count))), count);
    }

    /** An integer dataset (any integer width) as long values, flattened. */
    public long[] readLongs(String datasetPath) {
        Object data = flat(dataset(datasetPath));
        long[] out = new long[Array.getLength(data)];
        for (int i = 0; i < out.length; i++) {
            Object v = Array.get(data, i);
            if (!(v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte)) {
                throw new IllegalArgumentException(datasetPath + " is not an integer dataset");
            }
            out[i] = ((Number) v).longValue();
        }
        return out;
    }

    /** A scalar string dataset. */
    public String readString(String datasetPath) {
        Object data = dataset(datasetPath).getData();
        if (data instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(datasetPath + " is not a scalar string");
    }

    /**
     * A human-readable listing: file size, root attributes, then every dataset with type, shape
     * and attributes ({@code dims} first). Long or multi-line strings are abbreviated.
     */
    public String summary() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(path).append("  (").append(Files.size(path)).append(" bytes)\n");
        H5Summary.node(this, "/", out);
        return out.toString();
    }

    @Override
    public void close() {
        file.close();
    }

    Node node(String nodePath) {
        try {
            Node n = "/".equals(nodePath) ? file : file.getByPath(nodePath);
            if (n == null) {
                throw new NoSuchElementException("no node " + nodePath + " in " + path);
            }
            return n;
        } catch (HdfException e) {
            throw new NoSuchElementException("no node " + nodePath + " in " + path);
        }
    }

    private Dataset dataset(String datasetPath) {
        if (node(datasetPath) instanceof Dataset d) {
            return d;
        }
        throw new IllegalArgumentException(datasetPath + " is not a dataset");
    }

    static String typeName(Class<?> type) {
        if (type == double.class || type == Double.class) {
            return "float64";
        } else if (type == float.class || type == Float.class) {
            return "float32";
        } else if (type == long.class || type == Long.class) {
            return "int64";
        } else if (type == int.class || type == Integer.class) {
            return "int32";
        } else if (type == short.class || type == Short.class) {
            return "int16";
        } else if (type == byte.class || type == Byte.class) {
            return "int8";
        } else if (type == String.class) {
            return "string";
        } else if (type == boolean.class || type == Boolean.class) {
            return "bool";
        }
        return type.getSimpleName();
    }

    private static Object flat(Dataset d) {
        return d.isScalar() ? wrap(d.getData()) : d.getDataFlat();
    }

    private static Object wrap(Object scalar) {
        Object one = Array.newInstance(scalar.getClass(), 1);
        Array.set(one, 0, scalar);
        return one;
    }

    /** Flattens a nested array (row-major) into a 1-D array of its element type. */
    private static Object flatten(Object nested) {
        if (!nested.getClass().getComponentType().isArray()) {
            return nested;
        }
        List<Object> rows = new ArrayList<>();
        int n = Array.getLength(nested);
        for (int i = 0; i < n; i++) {
            rows.add(flatten(Array.get(nested, i)));
        }
        int total = rows.stream().mapToInt(Array::getLength).sum();
        Class<?> element = rows.isEmpty() ? double.class : rows.get(0).getClass().getComponentType();
        Object out = Array.newInstance(element, total);
        int at = 0;
        for (Object row : rows) {
            int len = Array.getLength(row);
            System.arraycopy(row, 0, out, at, len);
            at += len;
        }
        return out;
    }

    private static double[] toDoubles(Object flat) {
        if (flat instanceof double[] d) {
            return d;
        }
        double[] out = new double[Array.getLength(flat)];
        for (int i = 0; i < out.length; i++) {
            Object v = Array.get(flat, i);
            if (!(v instanceof Number number)) {
                throw new IllegalArgumentException("not a numeric dataset");
            }
            out[i] = number.doubleValue();
        }
        return out;
    }

    private static Object value(Attribute a) {
        Object data = a.getData();
        if (data instanceof Float f) {
            return f.doubleValue();
        }
        if (data instanceof Short || data instanceof Byte) {
            return ((Number) data).intValue();
        }
        return data;
    }
}
