package dev.jpde.gp.expr;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ordered variable names an expression may use; a variable's position is its index in the point arrays
 * passed to {@link Expression#evaluate} and {@link CompiledExpression#at}. Names are identifiers
 * ({@code [A-Za-z_][A-Za-z0-9_]*}), distinct, and neither a function name nor the constants {@code pi} and
 * {@code e}.
 *
 * @param names the names in point-array order
 */
public record Variables(List<String> names) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * @throws IllegalArgumentException if a name is not an identifier, is reserved, or is repeated
     */
    public Variables {
        names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("variable name \"" + name + "\" is not an identifier");
            }
            if (isReserved(name)) {
                throw new IllegalArgumentException(
                        "variable name \"" + name + "\" is reserved (a function or constant)");
            }
            if (names.subList(0, i).contains(name)) {
                throw new IllegalArgumentException("variable \"" + name + "\" is declared twice");
            }
        }
    }

    /** Variables in the given order. */
    public static Variables of(String... names) {
        return new Variables(List.of(names));
    }

    /** The number of variables, i.e. the length of a point. */
    public int size() {
        return names.size();
    }

    /** The name of variable {@code index}. */
    public String name(int index) {
        return names.get(index);
    }

    /** The index of {@code name}, or -1 if it is not declared. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The variable node for a declared name. */
    public Variable variable(String name) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("undeclared variable \"" + name + "\"; declared: " + names);
        }
        return new Variable(name, index);
    }

    /** Whether {@code name} is a function name or a named constant, which variables may not shadow. */
    static boolean isReserved(String name) {
        return name.equals("pi") || name.equals("e") || MathFunction.bySymbol(name).isPresent();
    }
}
