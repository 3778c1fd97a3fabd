package dev.jpde.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validated parameter values of one component, keyed by name, with defaults filled in. Values are Double, Long,
 * String or Boolean, as the component's {@link ParameterSpec}s declare.
 */
public final class Parameters {
    private final Map<String, Object> values;

    public Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Values with defaults applied and checked against the specs; throws IllegalArgumentException on a bad one. */
    public static Parameters of(Component component, Map<String, Object> given) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (ParameterSpec spec : component.parameters()) {
            Object value = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
            if (value == null) {
                throw new IllegalArgumentException(component.name() + ": missing required parameter " + spec.name());
            }
            if (spec.type() == ParameterType.REAL_LIST && value instanceof Number n) {
                value = new double[] {n.doubleValue()};
            } else if (spec.type() == ParameterType.INTEGER_LIST && value instanceof Number n) {
                value = new long[] {n.longValue()};
            } else if (spec.type() == ParameterType.REAL && value instanceof Number n) {
                value = n.doubleValue();
            } else if (spec.type() == ParameterType.INTEGER && value instanceof Number n) {
                value = n.longValue();
            }
            String err = spec.check(value).orElse(null);
            if (err != null) {
                throw new IllegalArgumentException(component.name() + "." + spec.name() + " " + err);
            }
            v.put(spec.name(), value);
        }
        for (String key : given.keySet()) {
            if (!v.containsKey(key)) {
                throw new IllegalArgumentException(component.name() + ": unknown parameter " + key);
            }
        }
        return new Parameters(v);
    }

    public double real(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public long integer(String name) {
        return ((Number) get(name)).longValue();
    }

    public String text(String name) {
        return (String) get(name);
    }

    /** A list-of-reals parameter (a copy). */
    public double[] reals(String name) {
        return ((double[]) get(name)).clone();
    }

    /** A list-of-integers parameter (a copy). */
    public long[] integers(String name) {
        return ((long[]) get(name)).clone();
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** All values in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return v;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
