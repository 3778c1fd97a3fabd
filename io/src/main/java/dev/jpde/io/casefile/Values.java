package dev.jpde.io.casefile;

import dev.jpde.core.spi.ParameterSpec;
import dev.jpde.core.spi.ParameterType;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Typed reads of scalar nodes under the YAML 1.2 core schema. A number is a plain scalar resolved as int or float;
 * an int is accepted where a real is expected, never a string ({@code "0.5"} quoted, {@code 256x}, {@code no}).
 * Errors name what was expected and show what was found: {@code expected an integer, got "256x"}.
 */
final class Values {
    private final Locator locator;
    private final Map<Tag, ConstructNode> constructors = new CoreSchema().getSchemaTagConstructors();

    Values(Locator locator) {
        this.locator = locator;
    }

    Locator locator() {
        return locator;
    }

    /** A finite real; an int is widened. */
    double real(Node node, String path) {
        double v = number(node, path, false).doubleValue();
        if (!Double.isFinite(v)) {
            throw locator.error(node, path, "must be a finite number, got " + describe(node));
        }
        return v;
    }

    /** An integer that fits in a long. */
    long integer(Node node, String path) {
        return number(node, path, true).longValue();
    }

    /** An integer in {@code [lo, hi]}. */
    long integer(Node node, String path, long lo, long hi) {
        long v = integer(node, path);
        if (v < lo) {
            throw locator.error(node, path, "must be >= " + lo + ", got " + v);
        }
        if (v > hi) {
            throw locator.error(node, path, "must be <= " + hi + ", got " + v);
        }
        return v;
    }

    /** A string scalar (quoted, or plain text that is not a number, bool or null). */
    String text(Node node, String path) {
        if (node instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
            return s.getValue();
        }
        throw locator.error(node, path, "expected a string, got " + describe(node));
    }

    /** {@code true} or {@code false}. */
    boolean flag(Node node, String path) {
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            Object v = construct(s);
            if (v instanceof Boolean b) {
                return b;
            }
        }
        throw locator.error(node, path, "expected true or false, got " + describe(node));
    }

    /**
     * A component parameter: read as its declared type, checked against its declared range or choices, and returned
     * as the canonical type (Double, Long, String, Boolean, {@code double[]} or {@code long[]}). A list parameter is a
     * non-empty sequence of numbers or a single number (a list of one); an element of the wrong type or out of range
     * is reported at the element, with the path {@code path[i]}.
     */
    Object parameter(ParameterSpec spec, Node node, String path) {
        Object value = switch (spec.type()) {
            case REAL -> number(node, path, false);
            case INTEGER -> number(node, path, true);
            case TEXT -> text(node, path);
            case BOOLEAN -> flag(node, path);
            case REAL_LIST, INTEGER_LIST -> list(spec, node, path);
        };
        if (value instanceof Number n && !Double.isFinite(n.doubleValue())) {
            throw locator.error(node, path, "must be a finite number, got " + describe(node));
        }
        String problem = spec.check(value).orElse(null);
        if (problem != null) {
            throw locator.error(node, path, problem);
        }
        return canonical(spec, value);
    }

    /** A declared default (or checked value) as the type {@link dev.jpde.core.spi.Parameters} holds. */
    static Object canonical(ParameterSpec spec, Object value) {
        return switch (spec.type()) {
            case REAL -> ((Number) value).doubleValue();
            case INTEGER -> ((Number) value).longValue();
            case REAL_LIST -> value instanceof Number n ? new double[] {n.doubleValue()}
                    : value instanceof long[] l ? Arrays.stream(l).asDoubleStream().toArray()
                    : ((double[]) value).clone();
            case INTEGER_LIST -> value instanceof Number n ? new long[] {n.longValue()} : ((long[]) value).clone();
            default -> value;
        };
    }

    /** A {@code double[]} or {@code long[]}, each element read and range-checked at its own node. */
    private Object list(ParameterSpec spec, Node node, String path) {
        boolean integral = spec.type() == ParameterType.INTEGER_LIST;
        String expected = spec.type().description();
        List<Node> items;
        if (node instanceof SequenceNode seq) {
            items = seq.getValue();
            if (items.isEmpty()) {
                throw locator.error(node, path, "expected " + expected + ", got an empty list");
            }
        } else if (node instanceof ScalarNode) {
            items = List.of(node);
        } else {
            throw locator.error(node, path, "expected " + expected + ", got " + describe(node));
        }
        boolean single = !(node instanceof SequenceNode);
        ParameterSpec element = new ParameterSpec(spec.name(), integral ? ParameterType.INTEGER : ParameterType.REAL,
                null, spec.min(), spec.minExclusive(), spec.max(), spec.maxExclusive(), List.of(), spec.description());
        double[] reals = new double[items.size()];
        long[] integers = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemPath = single ? path : path + "[" + i + "]";
            Number n = number(item, itemPath, integral, single ? expected : element.type().description());
            if (!Double.isFinite(n.doubleValue())) {
                throw locator.error(item, itemPath, "must be a finite number, got " + describe(item));
            }
            String problem = element.check(n).orElse(null);
            if (problem != null) {
                throw locator.error(item, itemPath, single ? problem : "element " + i + " " + problem);
            }
            reals[i] = n.doubleValue();
            integers[i] = n.longValue();
        }
        return integral ? integers : reals;
    }

    /** Long for an int (error if out of range), Double for a float. */
    private Number number(Node node, String path, boolean integral) {
        return number(node, path, integral, integral ? "an integer" : "a number");
    }

    /** As {@link #number(Node, String, boolean)}, with {@code expected} naming the type in an error. */
    private Number number(Node node, String path, boolean integral, String expected) {
        if (node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            Object v = construct(s);
            if (Tag.INT.equals(s.getTag()) && v instanceof Number n) {
                BigInteger big = n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
                if (big.bitLength() > 63) {
                    if (integral) {
                        throw locator.error(node, path, "integer out of range, got " + s.getValue());
                    }
                    return big.doubleValue();
                }
                return big.longValue();
            }
            if (!integral && v instanceof Double d) {
                return d;
            }
        }
        throw locator.error(node, path, "expected " + expected + ", got " + describe(node));
    }

    private Object construct(ScalarNode s) {
        ConstructNode c = constructors.get(s.getTag());
        try {
            return c == null ? null : c.construct(s);
        } catch (RuntimeException e) {
            return null; // e.g. "!!int abc": reported by the caller as the wrong type
        }
    }

    /** How an error shows a node: a string quoted, another scalar as written, a collection by kind. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        if (Tag.NULL.equals(s.getTag())) {
            return "nothing (null)";
        }
        if (Tag.STR.equals(s.getTag())) {
            return quote(s.getValue().length() > 60 ? s.getValue().substring(0, 57) + "..." : s.getValue());
        }
        return s.getValue();
    }

    /** A YAML 1.2 (and JSON) double-quoted string. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
