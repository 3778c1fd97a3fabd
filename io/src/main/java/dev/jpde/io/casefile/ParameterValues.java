package dev.jpde.io.casefile;

import dev.jpde.core.spi.Parameters;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Equality, hashing and display of {@link Parameters} by value: list parameters are arrays ({@code double[]},
 * {@code long[]}), which {@link Map#equals} would compare by identity.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    /** The same names with equal values (arrays element by element), as {@link Map#equals} but by value. */
    static boolean equal(Parameters a, Parameters b) {
        Map<String, Object> x = a.asMap();
        Map<String, Object> y = b.asMap();
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<String, Object> e : x.entrySet()) {
            if (!y.containsKey(e.getKey()) || !Objects.deepEquals(e.getValue(), y.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** A hash consistent with {@link #equal}, as {@link Map#hashCode} but by value. */
    static int hash(Parameters p) {
        int h = 0;
        for (Map.Entry<String, Object> e : p.asMap().entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.deepHashCode(new Object[] {e.getValue()});
        }
        return h;
    }

    /** {@code {points=[400, 400], exact=sin(x)}}: arrays shown by their elements. */
    static String show(Parameters p) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : p.asMap().entrySet()) {
            Object v = e.getValue();
            String shown = v instanceof double[] d ? Arrays.toString(d) : v instanceof long[] l ? Arrays.toString(l)
                    : String.valueOf(v);
            sb.append(sb.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(shown);
        }
        return sb.append('}').toString();
    }
}
