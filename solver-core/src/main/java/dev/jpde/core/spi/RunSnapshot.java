package dev.jpde.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The restart state of a solver run at one moment: named float64 arrays (parameters, optimiser moments, histories,
 * predictions) and named scalars ({@link Long}, {@link Double} or {@link String}). What the names mean is the solver's
 * business; a {@link StateStore} keeps them without interpreting them. Immutable; arrays are copied in.
 *
 * @param arrays  named arrays (flat; the solver knows their shapes)
 * @param scalars named scalars
 */
public record RunSnapshot(Map<String, double[]> arrays, Map<String, Object> scalars) {

    public RunSnapshot {
        Map<String, double[]> a = new LinkedHashMap<>();
        arrays.forEach((k, v) -> a.put(k, v.clone()));
        arrays = Collections.unmodifiableMap(a);
        scalars.forEach((k, v) -> {
            if (!(v instanceof Long || v instanceof Double || v instanceof String)) {
                throw new IllegalArgumentException("scalar " + k + " must be a Long, Double or String, got "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
        });
        scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
    }

    /** The array {@code name} (not copied: do not modify); throws if absent. */
    public double[] array(String name) {
        double[] v = arrays.get(name);
        if (v == null) {
            throw new IllegalStateException("saved state has no array '" + name + "'");
        }
        return v;
    }

    /** The integer scalar {@code name}; throws if absent. */
    public long integer(String name) {
        return ((Number) scalar(name)).longValue();
    }

    /** The real scalar {@code name}; throws if absent. */
    public double real(String name) {
        return ((Number) scalar(name)).doubleValue();
    }

    /** The text scalar {@code name}; throws if absent. */
    public String text(String name) {
        return (String) scalar(name);
    }

    private Object scalar(String name) {
        Object v = scalars.get(name);
        if (v == null) {
            throw new IllegalStateException("saved state has no value '" + name + "'");
        }
        return v;
    }
}
