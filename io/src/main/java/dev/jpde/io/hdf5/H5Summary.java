package dev.jpde.io.hdf5;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Map;
import java.util.StringJoiner;

/** Formats the listing of {@link H5File#summary()}. */
final class H5Summary {

    private static final int MAX_STRING = 60;
    private static final int MAX_ELEMENTS = 6;

    private H5Summary() {
    }

    /** Appends the attributes and members of the group at {@code groupPath}, recursively. */
    static void node(H5File file, String groupPath, StringBuilder out) {
        Map<String, Object> attributes = file.attributes(groupPath);
        if (!attributes.isEmpty()) {
            out.append(groupPath).append("  attributes:\n");
            attributes.forEach((k, v) -> out.append("    ").append(pad(k, 20)).append(' ')
                    .append(format(v)).append('\n'));
        }
        String prefix = groupPath.equals("/") ? "/" : groupPath + "/";
        for (String child : file.children(groupPath)) {
            String childPath = prefix + child;
            if (file.isDataset(childPath)) {
                dataset(file, childPath, out);
            } else {
                node(file, childPath, out);
            }
        }
    }

    private static void dataset(H5File file, String path, StringBuilder out) {
        out.append(pad(path, 28)).append(' ').append(pad(file.dtype(path), 8)).append(' ')
                .append(pad(Arrays.toString(file.shape(path)), 16));
        Map<String, Object> attributes = file.attributes(path);
        Object dims = attributes.get("dims");
        if (dims != null) {
            out.append(" dims=").append(format(dims));
        }
        attributes.forEach((k, v) -> {
            if (!k.equals("dims")) {
                out.append(' ').append(k).append('=').append(format(v));
            }
        });
        out.append('\n');
    }

    /** Short text for an attribute value: quoted strings (abbreviated), numbers, short arrays. */
    static String format(Object value) {
        if (value instanceof String s) {
            String[] lines = s.split("\n", -1);
            String first = lines[0];
            if (lines.length == 1 && first.length() <= MAX_STRING) {
                return '"' + first + '"';
            }
            String head = first.length() > MAX_STRING ? first.substring(0, MAX_STRING) : first;
            return '"' + head + "...\" (" + lines.length + " lines, " + s.length() + " chars)";
        }
        if (value != null && value.getClass().isArray()) {
            int n = Array.getLength(value);
            StringJoiner joined = new StringJoiner(", ", "[", n > MAX_ELEMENTS ? ", ...]" : "]");
            for (int i = 0; i < Math.min(n, MAX_ELEMENTS); i++) {
                joined.add(format(Array.get(value, i)));
            }
            return joined + (n > MAX_ELEMENTS ? " (" + n + " elements)" : "");
        }
        return String.valueOf(value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
