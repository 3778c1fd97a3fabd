package dev.jpde.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A declared parameter of a component: name, type, default (null when required), an optional numeric range, for
 * text an optional list of allowed values, and an optional further rule (for example "parses as an expression"),
 * so that a case file is checked completely before anything runs.
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, double min, boolean minExclusive,
                            double max, boolean maxExclusive, List<String> choices, String description,
                            Function<Object, Optional<String>> rule) {

    public ParameterSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A parameter without a further rule. */
    public ParameterSpec(String name, ParameterType type, Object defaultValue, double min, boolean minExclusive,
            double max, boolean maxExclusive, List<String> choices, String description) {
        this(name, type, defaultValue, min, minExclusive, max, maxExclusive, choices, description, null);
    }

    public static ParameterSpec real(String name, Double defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, List.of(), description);
    }

    public static ParameterSpec integer(String name, Long defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, List.of(), description);
    }

    public static ParameterSpec text(String name, String defaultValue, String description, String... choices) {
        return new ParameterSpec(name, ParameterType.TEXT, defaultValue, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, List.of(choices), description);
    }

    /** A list of reals (values are {@code double[]}); a scalar in a case file is a list of one. */
    public static ParameterSpec reals(String name, double[] defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.REAL_LIST, defaultValue == null ? null : defaultValue.clone(),
                Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, List.of(), description);
    }

    /** A list of integers (values are {@code long[]}); a scalar in a case file is a list of one. */
    public static ParameterSpec integers(String name, long[] defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER_LIST, defaultValue == null ? null : defaultValue.clone(),
                Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, List.of(), description);
    }

    public static ParameterSpec flag(String name, Boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, Double.NEGATIVE_INFINITY, false,
                Double.POSITIVE_INFINITY, false, List.of(), description);
    }

    /** Values must be > 0. */
    public ParameterSpec positive() {
        return new ParameterSpec(name, type, defaultValue, 0, true, max, maxExclusive, choices, description, rule);
    }

    /** Values must be >= lo. */
    public ParameterSpec atLeast(double lo) {
        return new ParameterSpec(name, type, defaultValue, lo, false, max, maxExclusive, choices, description, rule);
    }

    /** Values must lie in the open interval (lo, hi). */
    public ParameterSpec between(double lo, double hi) {
        return new ParameterSpec(name, type, defaultValue, lo, true, hi, true, choices, description, rule);
    }

    /**
     * This parameter with a further rule, applied after the type, range and choice checks: it returns an error
     * message (reported with the value's position, like every other check) or empty when the value is valid.
     */
    public ParameterSpec withRule(Function<Object, Optional<String>> check) {
        return new ParameterSpec(name, type, defaultValue, min, minExclusive, max, maxExclusive, choices, description,
                check);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /**
     * Checks a value already converted to this type (Double, Long, String, Boolean).
     *
     * @return an error message such as "must be > 0, got -1", or empty when valid
     */
    public Optional<String> check(Object value) {
        if (value instanceof double[] list) {
            for (int i = 0; i < list.length; i++) {
                Optional<String> e = checkNumber(list[i], list[i]);
                if (e.isPresent()) {
                    return Optional.of("element " + i + " " + e.get());
                }
            }
            return Optional.empty();
        }
        if (value instanceof long[] list) {
            for (int i = 0; i < list.length; i++) {
                Optional<String> e = checkNumber((double) list[i], list[i]);
                if (e.isPresent()) {
                    return Optional.of("element " + i + " " + e.get());
                }
            }
            return Optional.empty();
        }
        if (value instanceof Number num && (type == ParameterType.REAL || type == ParameterType.INTEGER)) {
            Optional<String> e = checkNumber(num.doubleValue(), value);
            if (e.isPresent()) {
                return e;
            }
        }
        if (value instanceof String s && !choices.isEmpty() && !choices.contains(s)) {
            return Optional.of("must be one of " + String.join(", ", choices) + ", got \"" + s + "\"");
        }
        return rule == null ? Optional.empty() : rule.apply(value);
    }

    private Optional<String> checkNumber(double v, Object shown) {
        if (!Double.isFinite(v)) {
            return Optional.of("must be a finite number, got " + shown);
        }
        if (minExclusive ? !(v > min) : !(v >= min)) {
            return Optional.of("must be " + (minExclusive ? "> " : ">= ") + fmt(min) + rangeTail() + ", got " + shown);
        }
        if (maxExclusive ? !(v < max) : !(v <= max)) {
            return Optional.of("must be " + (maxExclusive ? "< " : "<= ") + fmt(max) + ", got " + shown);
        }
        return Optional.empty();
    }

    private String rangeTail() {
        return Double.isFinite(max) ? (maxExclusive ? " and < " : " and <= ") + fmt(max) : "";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
